/**
 * Spanish (neutral Latin-American, in the vocabulary of human-rights law): every key of the English
 * catalogue, no more, with the same placeholders. Report quotes are never translated.
 */
import type { EN, Message } from './en';

export const ES: Readonly<Record<keyof typeof EN, Message>> = {
  'language.name': 'Español',
  'language.switchTo': 'en',
  'language.switchText': 'English',
  'language.switchLabel': 'View this page in English',

  'app.name': 'Riesgo en el país de destino de una deportación',
  'app.countryTitle': '{country} — Riesgo en el país de destino de una deportación',
  'app.description':
    'Riesgo para una persona deportada a {country}, con las oraciones de los informes del Departamento de Estado que sustentan la puntuación.',
  'app.oembedTitle': 'Riesgo de deportación: {country}',
  'app.skip': 'Saltar al contenido',
  'nav.label': 'Sitio',
  'nav.compare': 'Comparar países',
  'nav.method': 'Método',
  'nav.api': 'API',

  'category.killings': 'Ejecuciones arbitrarias o extrajudiciales',
  'category.disappearance': 'Desaparición forzada',
  'category.torture': 'Tortura y otros tratos o penas crueles, inhumanos o degradantes',
  'category.detention_conditions': 'Condiciones de detención duras o que ponen en peligro la vida',
  'category.arbitrary_detention': 'Arresto y detención arbitrarios',
  'category.political_prisoners': 'Presos y detenidos políticos',
  'category.refoulement': 'Devolución (refoulement) y expulsión a un tercer país',
  'category.killings.short': 'Ejecuciones',
  'category.disappearance.short': 'Desapariciones',
  'category.torture.short': 'Tortura',
  'category.detention_conditions.short': 'Condiciones de detención',
  'category.arbitrary_detention.short': 'Detención arbitraria',
  'category.political_prisoners.short': 'Presos políticos',
  'category.refoulement.short': 'Devolución',

  'band.low': 'Riesgo bajo',
  'band.moderate': 'Riesgo moderado',
  'band.elevated': 'Riesgo considerable',
  'band.high': 'Riesgo alto',
  'band.severe': 'Riesgo grave',
  'band.none': 'Sin informe',
  'bandShort.low': 'bajo',
  'bandShort.moderate': 'moderado',
  'bandShort.elevated': 'considerable',
  'bandShort.high': 'alto',
  'bandShort.severe': 'grave',
  'confidence.high': 'alta',
  'confidence.medium': 'media',
  'confidence.low': 'baja',

  'score.outOf100': '{score} de 100',
  'score.summary': '{country}: riesgo de deportación {score}/100, {band}',
  'score.summaryUnknown': '{country}: riesgo de deportación',

  'intro.title': '¿Qué tan peligroso es el país al que se deporta a una persona?',
  'intro.text':
    'Puntuaciones de riesgo basadas en los Informes de País sobre Prácticas de Derechos Humanos del Departamento de Estado de EE. UU., con las oraciones exactas que sustentan cada puntuación y un enlace a cada una en state.gov. Las citas de los informes se muestran en inglés, tal como aparecen en el original.',
  'method.summaryTitle': 'Cómo se calcula la puntuación',
  'method.summary':
    'El servicio lee cada informe y encuentra las oraciones sobre siete tipos de abuso: ejecuciones extrajudiciales, desapariciones, tortura, condiciones de detención duras, detención arbitraria, presos políticos y devolución (refoulement). Solo cuentan las oraciones que afirman que el abuso ocurrió en el año del informe; no cuenta una oración que lo niega, que enuncia una ley o que describe un año anterior. Cada categoría recibe una puntuación de 0 a 100 según cuántas oraciones de ese tipo hay y en qué parte del informe están; las categorías se ponderan en una sola puntuación y un nivel de riesgo. Las ponderaciones se ajustan con escalas de derechos humanos codificadas por especialistas. Una puntuación no es una determinación jurídica.',
  'method.summaryMore': 'El método completo (en inglés)',

  'search.label': 'Buscar un país',
  'search.country': 'País',
  'search.submit': 'Ver el riesgo',
  'search.hint':
    'Un nombre en español o en inglés (Costa de Marfil, Ivory Coast), un nombre anterior (Swaziland) o un código ISO (SV, SLV).',
  'search.alias': '{alias} → {country}',
  'status.loading': 'Cargando {input}…',
  'status.showing': 'Se muestra {country}: {score} de 100, {band}.',
  'problem.generic': 'Algo salió mal ({status}).',
  'problem.didYouMean': '¿Quiso decir: {suggestions}?',
  'problem.unknownCountry': '“{input}” no es un país que conozcamos por nombre, alias o código ISO.',
  'problem.noReport': 'No hay ningún informe del Departamento de Estado sobre {input}.',

  'profiles.legend': '¿Quién es la persona deportada?',
  'profiles.hint':
    'Marque cada perfil que corresponda a la persona; cada uno tiene su propia puntuación y sus citas.',
  'profiles.title': 'Riesgo para la persona: {country}',
  'profiles.intro':
    'Cada perfil parte de la puntuación del país y sube con las oraciones del informe que señalan al grupo como blanco de un abuso. Nunca queda por debajo de la puntuación del país.',
  'profiles.countryScoreFor': 'Puntuación del país para {country}: {score}.',
  'profiles.noTargeted': 'Ninguna oración del informe se refiere a este grupo.',
  'profiles.countryScoreYear': 'Puntuación del país según el informe de {year}.',
  'profiles.evidenceYear': 'Oraciones sobre el grupo tomadas del informe de {year}.',
  'profiles.carriedForward': 'Tomado del informe de {year}: {note}',
  'profiles.quoteHidden': ' ({profile}, resaltada)',
  'profiles.briefTitle': 'Perfiles de riesgo',
  'profile.political_opponent': 'Opositor político o activista',
  'profile.political_opponent.definition':
    'Integrantes y políticos de la oposición, activistas, manifestantes, personas defensoras de derechos humanos y críticos del gobierno.',
  'profile.journalist': 'Periodista o trabajador de medios',
  'profile.journalist.definition':
    'Periodistas, reporteros, blogueros, editores y otros trabajadores de los medios de comunicación.',
  'profile.lgbtqi': 'Persona LGBTQI+',
  'profile.lgbtqi.definition':
    'Personas lesbianas, gais, bisexuales, trans e intersexuales, y personas percibidas como tales.',
  'profile.religious_minority': 'Integrante de una minoría religiosa',
  'profile.religious_minority.definition':
    'Integrantes de religiones minoritarias o mal vistas, conversos y personas no creyentes.',
  'profile.ethnic_minority': 'Integrante de una minoría étnica',
  'profile.ethnic_minority.definition': 'Minorías étnicas, nacionales, tribales o indígenas.',
  'profile.women_girls': 'Mujer o niña',
  'profile.women_girls.definition':
    'Mujeres y niñas expuestas a la violencia de género que el Estado comete, tolera o no previene, a la mutilación genital femenina y al matrimonio forzado o infantil.',
  'profile.criminal_deportee': 'Persona deportada, retornada o con antecedentes penales',
  'profile.criminal_deportee.definition':
    'Personas retornadas, deportadas y con antecedentes penales, incluido el trato que reciben a su llegada.',
  'profile.gang_perceived': 'Persona percibida como pandillera',
  'profile.gang_perceived.definition':
    'Personas con tatuajes, hombres jóvenes de zonas controladas por pandillas y personas señaladas como pandilleras, incluidos los regímenes de excepción y de detenciones masivas dirigidos contra ellas.',
  'profile.migrant_asylum_seeker': 'Migrante, refugiado o solicitante de asilo',
  'profile.migrant_asylum_seeker.definition':
    'Nacionales de terceros países, migrantes, refugiados, solicitantes de asilo y apátridas, incluida la detención migratoria y la expulsión a otro país.',
  'profile.health_disability': 'Persona con necesidades de salud o con discapacidad',
  'profile.health_disability.definition':
    'Personas que necesitan atención médica, personas con VIH y personas con discapacidad mental o física, en especial en detención.',

  'card.confidence': 'Confianza',
  'card.confidenceValue': '{percent} ({words})',
  'card.report': 'Informe',
  'card.reportTitle': 'Informe de País sobre Prácticas de Derechos Humanos {year}',
  'card.method': 'Método',
  'card.version': 'Versión {version} · ',
  'card.howComputed': 'cómo se calculan las puntuaciones',
  'card.coverageWarnings': 'Advertencias sobre la cobertura',
  'card.sevenCategories': 'Las siete categorías',
  'card.print': 'Imprimir el resumen de pruebas',
  'card.sentences': { one: '{count} oración', many: '{count} de oraciones', other: '{count} oraciones' },
  'card.fromReport': ', del informe de {year}',
  'coverage.missingSection':
    'El informe de {year} no tiene una sección sobre {category}; esa categoría se puntúa con lo que dicen otras secciones.',
  'coverage.carriedSectionMissing':
    'El informe de {year} no tiene una sección sobre {category}; esta cifra proviene del informe de {fromYear}.',
  'coverage.carriedShortened':
    'El informe de {year} es mucho más corto que el anterior y dice menos sobre {category}; esta cifra proviene del informe de {fromYear}, que muestra más riesgo.',
  'coverage.shortened':
    'El informe de {year} tiene cerca del {percent} % de la extensión del informe de {previousYear}; que omita un tema no prueba que los abusos hayan cesado.',

  'evidence.title': 'Pruebas',
  'evidence.intro':
    'Las oraciones del informe que más pesan en cada categoría, citadas textualmente en inglés. Cada enlace abre state.gov con la oración resaltada.',
  'evidence.none': 'Ninguna oración del informe lo afirma.',
  'evidence.cite': 'Informe de {year}, {section}',
  'evidence.read': 'Leer en state.gov',
  'evidence.quoteHidden': ' (cita {number}, resaltada)',

  'history.title': 'Evolución en los distintos años',
  'history.none': 'No hay datos históricos.',
  'history.chartTitle': 'Puntuación de riesgo por año del informe, {country}',
  'history.chartSummary': '{country}: puntuación de {score} en {year}.',
  'history.chartSummaryTwo':
    '{country}: puntuación de {firstScore} en {firstYear} y de {lastScore} en {lastYear}.',
  'history.tableBelow': 'La tabla de abajo muestra todos los años.',
  'history.point': '{year}: {score}, {band}',
  'history.showTable': 'Ver las cifras en una tabla',
  'history.tableLabel': 'Tabla histórica',
  'history.caption': 'Puntuación general y por categoría según el año del informe',
  'history.reportLink': 'Informe de {year} en state.gov',

  'table.rank': 'Puesto',
  'table.country': 'País',
  'table.score': 'Puntuación',
  'table.band': 'Nivel',
  'table.confidence': 'Confianza',
  'table.year': 'Año',
  'table.region': 'Región',
  'table.ranked': 'Países ordenados',

  'embed.title': 'Insertar',
  'embed.text':
    'Pegue este fragmento en un artículo para mostrar la puntuación, el nivel de riesgo, la cita más contundente y un enlace a esta página. Los lectores sin JavaScript ven en su lugar una insignia en imagen (la línea {noscript}). Los sitios compatibles con oEmbed (WordPress y otros) solo necesitan la dirección de esta página.',
  'embed.snippetLabel': 'Fragmento para insertar',
  'embed.copy': 'Copiar el fragmento',
  'embed.preview': 'Vista previa',
  'embed.copied': 'Copiado al portapapeles.',
  'embed.selected': 'Seleccionado: pulse Ctrl+C (o ⌘+C) para copiar.',

  'compare.title': 'Comparar destinos',
  'compare.inputLabel': 'Países candidatos, uno por línea o separados por comas',
  'compare.hint': 'Hasta 250 países. Sirven los nombres en inglés, los alias y los códigos ISO.',
  'compare.rankBy': 'Ordenar por',
  'compare.countryScore': 'Puntuación del país',
  'compare.profileBand': 'Nivel del perfil',
  'compare.submit': 'Ordenar por riesgo',
  'compare.add': 'Agregar el país que se muestra arriba',
  'compare.captionProfile': 'Ordenados por riesgo para {profile}, de mayor a menor',
  'compare.caption': 'Ordenados por puntuación de riesgo, de mayor a menor',
  'compare.notRanked': 'Sin ordenar:',
  'compare.suggest': ' ¿Quiso decir {suggestions}?',
  'compare.empty': 'Escriba al menos un país.',
  'compare.tooMany': 'Como máximo {max} países a la vez (escribió {count}).',
  'compare.ranking': { one: 'Ordenando {count} país…', other: 'Ordenando {count} países…' },
  'compare.ranked': {
    one: 'Se ordenó {ranked} de {count} país.',
    other: 'Se ordenaron {ranked} de {count} países.',
  },
  'compare.rankedNotFound': {
    one: 'Se ordenó {ranked} de {count} país; {missing} sin encontrar.',
    other: 'Se ordenaron {ranked} de {count} países; {missing} sin encontrar.',
  },
  'compare.csv': 'Descargar CSV',
  'compare.csvFailed': 'No se pudo generar el CSV ({status}).',
  'compare.csvDone': 'CSV descargado: {file}.',

  'world.title': 'Todos los países',
  'world.mapHint':
    'Cada país tiene el color de su nivel de riesgo; selecciónelo para abrirlo. La tabla de abajo muestra las mismas puntuaciones.',
  'world.mapTitle': 'Mapa mundial del riesgo de deportación por nivel',
  'world.mapCountry': '{country}: {score} de 100, {band}',
  'world.mapNoReport': '{country}: sin informe',
  'world.caption': 'Todos los países con informe, última puntuación',
  'world.anyBand': 'Cualquier nivel',
  'world.anyRegion': 'Cualquier región',
  'world.download': 'Descargar todos los países: ',
  'world.shown': {
    one: 'Se muestra {shown} de {count} país.',
    other: 'Se muestran {shown} de {count} países.',
  },
  'world.failed': 'No se pudo cargar la lista de países ({status}).',
  'region.Africa': 'África',
  'region.Americas': 'América',
  'region.Asia': 'Asia',
  'region.Europe': 'Europa',
  'region.Oceania': 'Oceanía',

  'exhibit.title': 'Expediente de pruebas',
  'exhibit.intro':
    'Cada cita con su referencia exacta (sección y párrafo), las fuentes con sus fechas de consulta y huellas digitales, y lo que el informe más reciente ya no dice.',
  'exhibit.latestReports': 'Informes más recientes (como en la puntuación de arriba, {year})',
  'exhibit.reportOnly': 'Solo el informe de {year}',
  'exhibit.covers': 'Qué abarca el expediente',
  'exhibit.categories': 'Categorías',
  'exhibit.profilesHint':
    'Los perfiles de riesgo marcados arriba también se puntúan en el expediente, con sus citas.',
  'exhibit.pdf': 'Descargar PDF',
  'exhibit.word': 'Descargar Word',
  'exhibit.packetLanguage': 'El expediente está en inglés, para presentarlo ante tribunales de EE. UU.',
  'exhibit.changesTitle': 'Lo que el informe de {year} ya no dice',
  'exhibit.comparing': 'Comparando el informe de {year} con el de {fromYear}…',
  'exhibit.compareFailed': 'No se pudieron comparar los informes de {year} y {fromYear}.',
  'exhibit.length':
    'El informe de {year} tiene {length} caracteres, el {percent} % del informe de {fromYear} ({fromLength}). Que omita un tema no prueba que el abuso haya cesado.',
  'exhibit.droppedTopics': 'Temas presentes en {fromYear} y ausentes en {year}: {topics}.',
  'exhibit.noLongerSays': {
    one: '{category}: {fromCount} oración afirmativa en {fromYear}, {count} en {year}',
    other: '{category}: {fromCount} oraciones afirmativas en {fromYear}, {count} en {year}',
  },

  'brief.title': 'Resumen de pruebas: riesgo de deportación a {country}',
  'brief.generated': 'Generado el {date} desde {url}.',
  'brief.methodYears': 'Versión del método: {version}. Años de los informes citados: {years}.',
  'brief.mainSource': 'Fuente principal: {title} ({year}), consultada el {date}, SHA-256 {sha}…, ',
  'brief.mainSourceTitle': 'Country Reports on Human Rights Practices',
  'brief.score': 'Puntuación',
  'brief.scoreLine': '{score} de 100: {band}. Confianza: {percent} ({words}).',
  'brief.profileLine': '{score} de 100: {band}.',
  'brief.category': 'Categoría',
  'brief.sentences': 'Oraciones',
  'brief.reportYear': 'Año del informe',
  'brief.coverage': 'Cobertura',
  'brief.history': 'Evolución',
  'brief.citations': 'Citas',
  'brief.citation':
    'Departamento de Estado de EE. UU., {year} Country Reports on Human Rights Practices: {country}, {section}. ',
  'brief.retrieved': ' Consultado el {date}.',
  'brief.disclaimer':
    'Las puntuaciones las calcula este servicio a partir del texto de los informes; las citas son textuales y se conservan en inglés. El Departamento de Estado no asigna puntuaciones a los países.',

  'footer.text':
    'Fuente: Departamento de Estado de EE. UU., Informes de País sobre Prácticas de Derechos Humanos. Las puntuaciones las calcula este servicio a partir del texto de los informes ({methodLink}); no son del Departamento de Estado. Sin cookies ni rastreadores.',
  'footer.methodLink': 'método',

  'widget.frameTitle':
    'Puntuación de riesgo de deportación para {country}, según los informes de derechos humanos del Departamento de Estado de EE. UU.',
  'widget.dataTitle': 'Puntuación de riesgo de deportación para {country}: {score} de 100, {band}',
  'widget.dataTitleProfile':
    'Puntuación de riesgo de deportación para {country}, {profile}: {score} de 100, {band}',
  'widget.kicker': 'Riesgo en el país de destino de una deportación',
  'widget.pageTitle': 'Riesgo de deportación: {country}',
  'widget.profile': 'Perfil de riesgo: {profile}',
  'widget.quoteCaption': 'Informe de {year}, {section}. ',
  'widget.readOnStateGov': 'Leer en state.gov',
  'widget.newTab': ' (se abre en una pestaña nueva)',
  'widget.noQuote': 'Ninguna oración de este informe afirma abusos en las siete categorías.',
  'widget.more': 'Todas las pruebas, la evolución y el método',
  'widget.source':
    'Fuente: Informes de País sobre Prácticas de Derechos Humanos del Departamento de Estado de EE. UU., {year}.',
  'widget.notFoundTitle': 'Riesgo de deportación: no encontrado',
  'widget.notFoundData': 'Puntuación de riesgo de deportación: no encontrada',
  'widget.notFound': 'No encontrado',
  'widget.searchAll': 'Buscar todos los países',
  'widget.unknownProfile': 'Ese no es un perfil de riesgo conocido; los perfiles son {profiles}.',
  'widget.didYouMean': '¿Quiso decir {suggestions}?',
  'compareEmbed.hostTitle':
    'Riesgo de deportación comparado para {countries}, según los informes de derechos humanos del Departamento de Estado de EE. UU.',
  'compareEmbed.heading': { one: '{count} destino comparado', other: '{count} destinos comparados' },
  'compareEmbed.scoreOutOf': ' de 100',
  'compareEmbed.mapLabel': 'Mapa mundial en el que se señalan {countries}',
  'compareEmbed.frameTitle': 'Riesgo de deportación comparado: {summary}',
  'compareEmbed.scoresSummary': '{rows} (puntuaciones de 100)',
  'compareEmbed.source':
    'Puntuaciones de 0 a 100 (cuanto más alta, más peligro) según los Informes de País sobre Prácticas de Derechos Humanos del Departamento de Estado de EE. UU., {years}.',
  'compareEmbed.more': 'Las pruebas, la evolución y el método de cada país',
  'compareEmbed.problemHeading': 'No se puede trazar esta comparación',
  'compareEmbed.problemTitle': 'Riesgo de deportación comparado: solicitud no válida',
  'compareEmbed.tooFew':
    'Indique al menos {min} países para comparar, separados por comas (se indicaron {count}).',
  'compareEmbed.tooMany': 'Indique como máximo {max} países para comparar (se indicaron {count}).',
  'compareEmbed.unknownCountry': '“{input}” no es un país que conozcamos por nombre, alias o código ISO.',
  'compareEmbed.unknownCountryNear':
    '“{input}” no es un país que conozcamos por nombre, alias o código ISO (¿quiso decir {suggestions}?).',
  'compareEmbed.noReport': 'No hay ningún informe del Departamento de Estado sobre {country} (“{input}”).',
  'compareEmbed.duplicate': '“{input}” nombra a {country} por segunda vez.',
  'compareEmbed.unknownProfile': '“{input}” no es un perfil de riesgo conocido; los perfiles son {profiles}.',
  'compareEmbed.panelHeading': 'Insertar esta comparación',
  'compareEmbed.panelHint':
    'Pegue esto en un artículo: un gráfico de barras ordenado con un pequeño mapa mundial, que se ajusta a su contenido.',
  'compareEmbed.panelLabel': 'Fragmento para insertar la comparación',
  'compareEmbed.panelTooMany':
    'La comparación insertable muestra como máximo {max} países; ordene {max} o menos para insertarla.',
  'shareCard.outOf': '/100',
  'shareCard.topCategories': 'Categorías con la puntuación más alta (0–100)',
  'shareCard.noCategory': 'Ninguna oración de los informes afirma abusos en las siete categorías.',
  'shareCard.source':
    'Fuente: Informes de País sobre Prácticas de Derechos Humanos del Departamento de Estado de EE. UU., {years}',
  'shareCard.method': 'Método de puntuación {version}',
  'shareCard.notLegal': 'No es una determinación jurídica',
  'shareCard.headline': '{country}: riesgo de deportación de {score} sobre 100, {band}',
  'shareCard.shareTitle': '{country}: riesgo en el país de destino de una deportación',
  'shareCard.shareDescription':
    '{country} obtiene {score}/100 ({band}), con las oraciones de los informes del Departamento de Estado que sustentan la puntuación.',
  'shareCard.noReportDescription':
    'Riesgo para una persona deportada a {country}, según los informes de derechos humanos del Departamento de Estado.',
  'shareCard.siteDescription':
    '¿Qué tan peligroso es el país al que se deporta a una persona? Puntuaciones de riesgo para cada país, cada una respaldada por oraciones citadas de los informes de derechos humanos del Departamento de Estado de EE. UU.',
  'badge.label': 'riesgo de deportación',
  'badge.labelCountry': 'riesgo de deportación: {country}',
  'badge.title': 'Riesgo de deportación para {country}: {score}/100, {band}',
  'badge.message': '{score}/100 {band}',
  'badge.unknownCountry': 'país desconocido',
  'badge.noReport': 'sin informe',
};
