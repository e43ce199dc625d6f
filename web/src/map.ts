/**
 * The offline map: country outlines from world-atlas drawn as a GeoJSON layer (no tiles), and one clustered marker
 * per place, sized by its events and coloured by its dominant quad class. The 1:110m outlines, not 1:50m: start-up
 * (navigation to markers) takes about 0.4 s with them and 0.8–1.2 s with the finer ones.
 */
import L from './leaflet-global.js';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';
import type { PlaceSummary } from './api.js';
import { addQuadCounts, dominantQuad, markerSize, QUAD_COLOURS, zeroQuadCounts, type QuadCounts } from './quad.js';

export interface EventMap {
  /** Replaces the markers; `label` names a place for its tooltip, `pick` is called when one is clicked. */
  show(places: readonly PlaceSummary[], label: (place: PlaceSummary) => string, pick: (place: PlaceSummary, marker: L.Marker) => void): void;
  popup(marker: L.Marker, content: HTMLElement): void;
  /** Call after the container changed size. */
  resize(): void;
}

const placeOf = new WeakMap<L.Marker, PlaceSummary>();

function colour(counts: QuadCounts): string {
  const quad = dominantQuad(counts);
  return quad ? QUAD_COLOURS[quad] : '#777';
}

function bubble(count: number, counts: QuadCounts, className: string): L.DivIcon {
  const size = markerSize(count);
  const icon = document.createElement('span');
  icon.className = 'bubble';
  icon.style.background = colour(counts);
  icon.textContent = String(count);
  return L.divIcon({ html: icon, className, iconSize: [size, size] });
}

export function createMap(container: HTMLElement): EventMap {
  // preferCanvas: one canvas draws the country outlines faster than an SVG path per country.
  const map = L.map(container, { preferCanvas: true, worldCopyJump: true, minZoom: 2, maxZoom: 12, zoomSnap: 0.5 }).setView([27, 30], 4);
  const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
  L.geoJSON(feature(topology, topology.objects.countries), {
    style: { color: '#8a8f98', weight: 0.7, fillColor: '#eef0f2', fillOpacity: 1 },
    interactive: false,
    attribution: 'Natural Earth · world-atlas',
  }).addTo(map);

  const clusters = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 40,
    // Up to 5,000 places come back: added in chunks, the page stays responsive while they cluster.
    chunkedLoading: true,
    iconCreateFunction(cluster) {
      const total = zeroQuadCounts();
      let count = 0;
      for (const marker of cluster.getAllChildMarkers()) {
        const place = placeOf.get(marker);
        if (!place) continue;
        addQuadCounts(total, place.byQuad);
        count += place.count;
      }
      return bubble(count, total, 'event-marker event-cluster');
    },
  });
  map.addLayer(clusters);
  // The first markers frame the view (a database of one country opens on it); later filters leave the view alone.
  let framed = false;

  return {
    show(places, label, pick) {
      clusters.clearLayers();
      const markers = places.map((place) => {
        const marker = L.marker([place.lat, place.lon], {
          icon: bubble(place.count, place.byQuad, 'event-marker'),
          keyboard: true,
          title: label(place),
        });
        placeOf.set(marker, place);
        marker.on('click', () => pick(place, marker));
        return marker;
      });
      clusters.addLayers(markers);
      if (!framed && markers.length > 0) {
        map.fitBounds(clusters.getBounds(), { maxZoom: 6, padding: [30, 30], animate: false });
        framed = true;
      }
    },
    popup(marker, content) {
      clusters.zoomToShowLayer(marker, () => marker.bindPopup(content, { maxWidth: 360, minWidth: 260 }).openPopup());
    },
    resize() {
      map.invalidateSize();
    },
  };
}
