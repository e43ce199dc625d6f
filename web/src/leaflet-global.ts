/**
 * leaflet.markercluster is a UMD script that extends the global `L`; bundled as a module there is none, so Leaflet
 * is made global here, before the plugin is imported (modules run in import order).
 */
import L from 'leaflet';

(globalThis as { L?: typeof L }).L = L;

export default L;
