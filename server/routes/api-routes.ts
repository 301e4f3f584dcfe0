import { analyzeRoutes } from './analyze';
import { badgeRoutes } from './badges';
import { cardRoutes } from './cards';
import { countryRoutes } from './countries';
import { exhibitRoutes } from './exhibits';
import { healthRoutes } from './health';
import { mapRoutes } from './maps';
import { profileRoutes } from './profiles';
import type { RouteDeclaration } from './route-registry';
import { scoreRoutes } from './scores';

/**
 * Every operation of the API, in the order the document lists them. Express mounts these and
 * /openapi.json describes these: adding a route here is all it takes to do both.
 */
export const API_ROUTES: readonly RouteDeclaration[] = [
  ...countryRoutes,
  ...mapRoutes,
  ...scoreRoutes,
  ...profileRoutes,
  ...analyzeRoutes,
  ...badgeRoutes,
  ...cardRoutes,
  ...exhibitRoutes,
  ...healthRoutes,
];
