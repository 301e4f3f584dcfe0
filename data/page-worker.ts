import { processPage } from './page-processor';
import { servePages } from './page-worker-loop';

servePages(processPage);
