// Builds public/data/gansu-prefectures.topo.json (Gansu's 14 prefecture-level divisions) from
// the map data that ships inside the echarts@4.9.0 npm package, the only boundary source this
// project can reach (npm registry only). Run by hand: `npm run boundaries`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topology } from 'topojson-server';
import { presimplify, simplify, filter, filterAttachedWeight } from 'topojson-simplify';
import { feature, merge, quantize } from 'topojson-client';
import polylabel from 'polylabel';

const PACKAGE = 'echarts@4.9.0';
const SOURCE_PATH = 'package/map/json/province/gansu.json';
const OUTPUT = new URL('../public/data/gansu-prefectures.topo.json', import.meta.url);
// 1e4 steps over ~16° x 10° is ~0.0016° x 0.001°, about the source's own 1/1024° grid.
const QUANTIZATION = 1e4;
// Visvalingam triangle area in square degrees. The map shows the whole province at Leaflet zoom
// 5.5–6.5 (1.4–2.8 km a pixel at 37°N, on 1440–1920 px wide screens) and a prefecture at about
// zoom 8.5 (~0.35 km a pixel). At 1e-5 the line moves p99 0.22 km, at most 0.74 km, from the
// source's: under half a pixel at the drawn scale, and under one pixel for 99% of it zoomed in
// to a prefecture. No ring is lost. It keeps 9,150 of 16,300 points (19 KB gzip, was 25 KB at 1e-6):
// fewer points to send, validate, project and draw. 2e-5 starts dropping small rings.
const MIN_WEIGHT = 1e-5;

// Keyed by the source's full Chinese name, which is what the ECharts file identifies regions by.
const PREFECTURES = {
  兰州市: { id: 'lanzhou', nameEn: 'Lanzhou' },
  嘉峪关市: { id: 'jiayuguan', nameEn: 'Jiayuguan' },
  金昌市: { id: 'jinchang', nameEn: 'Jinchang' },
  白银市: { id: 'baiyin', nameEn: 'Baiyin' },
  天水市: { id: 'tianshui', nameEn: 'Tianshui' },
  武威市: { id: 'wuwei', nameEn: 'Wuwei' },
  张掖市: { id: 'zhangye', nameEn: 'Zhangye' },
  平凉市: { id: 'pingliang', nameEn: 'Pingliang' },
  酒泉市: { id: 'jiuquan', nameEn: 'Jiuquan' },
  庆阳市: { id: 'qingyang', nameEn: 'Qingyang' },
  定西市: { id: 'dingxi', nameEn: 'Dingxi' },
  陇南市: { id: 'longnan', nameEn: 'Longnan' },
  临夏回族自治州: { id: 'linxia', shortZh: '临夏州', nameEn: 'Linxia Hui Autonomous Prefecture' },
  甘南藏族自治州: { id: 'gannan', shortZh: '甘南州', nameEn: 'Gannan Tibetan Autonomous Prefecture' },
};

const METADATA = {
  source: 'echarts@4.9.0 map/json/province/gansu.json (npm registry)',
  licence: 'Apache-2.0 (echarts package licence)',
  schematic: true,
  noteZh: '示意图，非标准地图',
  noteEn: 'Schematic map, not a standard map',
};

function fetchSource() {
  const dir = mkdtempSync(join(tmpdir(), 'gansu-boundaries-'));
  try {
    // `npm pack` goes through the registry client (and its integrity check) without touching
    // this project's node_modules or lockfile.
    const [{ filename }] = JSON.parse(
      execFileSync('npm', ['pack', PACKAGE, '--json', '--silent'], { cwd: dir, encoding: 'utf8' }),
    );
    execFileSync('tar', ['-xzf', join(dir, filename), '-C', dir, SOURCE_PATH]);
    return JSON.parse(readFileSync(join(dir, SOURCE_PATH), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Same algorithm as ECharts 4's decodePolygon (lib/coord/geo/parseGeoJson.js): each pair of
// characters is a zigzag-encoded delta from the previous point, starting at encodeOffsets.
function decodeRing(encoded, [x0, y0], scale) {
  const ring = [];
  let x = x0;
  let y = y0;
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]); // scale is a power of two, so shared vertices stay bit-identical
  }
  return ring;
}

function decodeGeometry({ type, coordinates, encodeOffsets }, scale) {
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  const offsets = type === 'Polygon' ? [encodeOffsets] : encodeOffsets;
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((rings, p) => rings.map((r, i) => decodeRing(r, offsets[p][i], scale))),
  };
}

const signedArea = (ring) =>
  ring.reduce((a, [x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length];
    return a + x1 * y2 - x2 * y1;
  }, 0) / 2;

// The source winds exteriors clockwise; RFC 7946 wants them counter-clockwise (holes clockwise).
// topojson keeps ring direction, so fixing it here makes topojson-client's feature() output valid.
function rewind(geometry) {
  for (const polygon of geometry.coordinates) {
    polygon.forEach((ring, i) => {
      if (signedArea(ring) > 0 !== (i === 0)) ring.reverse();
    });
  }
  return geometry;
}

// The source stores every prefecture's outline on its own, and neighbours disagree in ~130 short
// stretches (one or two vertices, under 150 m apart), leaving hairline gaps and overlaps. Each
// such stretch shows up as two arcs with the same two end points, each used by one prefecture;
// letting both prefectures use the same one makes the border shared.
const MAX_DISAGREEMENT = 0.005; // degrees (~500 m): a bigger difference would not be a slip

function distanceToLine([px, py], line) {
  let min = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1];
    const [bx, by] = line[i];
    const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2)) : 0;
    min = Math.min(min, Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay)));
  }
  return min;
}

function reconcileBorders(topo) {
  const geometries = topo.objects.raw.geometries;
  const owners = topo.arcs.map(() => new Set());
  geometries.forEach((g, gi) => g.arcs.flat(2).forEach((a) => owners[a < 0 ? ~a : a].add(gi)));

  const byEnds = new Map();
  topo.arcs.forEach((arc, i) => {
    const [start, end] = [arc[0].join(), arc[arc.length - 1].join()];
    if (owners[i].size !== 1 || start === end) return;
    const key = [start, end].sort().join('|');
    byEnds.set(key, [...(byEnds.get(key) ?? []), i]);
  });

  const replacement = new Map(); // dropped arc -> kept arc, signed to run the dropped arc's way
  for (const pair of byEnds.values()) {
    if (pair.length !== 2) continue;
    const [keep, drop] = pair; // the prefecture earlier in the source keeps its line
    const [a, b] = [topo.arcs[keep], topo.arcs[drop]];
    if ([...owners[keep]][0] === [...owners[drop]][0]) continue; // one prefecture's own pinch
    if (Math.max(...a.map((p) => distanceToLine(p, b)), ...b.map((p) => distanceToLine(p, a))) > MAX_DISAGREEMENT)
      continue;
    replacement.set(drop, a[0].join() === b[0].join() ? keep : ~keep);
  }

  const swap = (r) => {
    const s = replacement.get(r < 0 ? ~r : r);
    return s === undefined ? r : r < 0 ? ~s : s;
  };
  for (const g of geometries) g.arcs = g.arcs.map((polygon) => polygon.map((ring) => ring.map(swap)));
  return replacement.size;
}

// Leaflet shows Web Mercator, where a degree of longitude is shorter than one of latitude; search
// for the pole of inaccessibility in that plane so the label sits visually in the middle.
const mercY = (lat) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
const unmercY = (y) => (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90;

function labelPoint(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((a, b) => (Math.abs(signedArea(b[0])) > Math.abs(signedArea(a[0])) ? b : a));
  const [x, y] = polylabel(
    largest.map((ring) => ring.map(([lon, lat]) => [lon, mercY(lat)])),
    1e-4,
  );
  return [Number(x.toFixed(4)), Number(unmercY(y).toFixed(4))];
}

const source = fetchSource();
if (!source.UTF8Encoding) throw new Error('expected ECharts UTF8-encoded geometry');
const scale = source.UTF8Scale ?? 1024;

const names = source.features.map((f) => f.properties.name);
const unknown = names.filter((n) => !PREFECTURES[n]);
const missing = Object.keys(PREFECTURES).filter((n) => !names.includes(n));
if (unknown.length || missing.length || names.length !== new Set(names).size) {
  throw new Error(`prefecture mismatch: unknown ${unknown} missing ${missing} count ${names.length}`);
}

const decoded = source.features.map((f) => ({
  type: 'Feature',
  properties: { name: f.properties.name },
  geometry: decodeGeometry(f.geometry, scale),
}));

// Some prefectures come as several parts glued edge to edge (slivers left by whoever made the
// source). Dissolving them along their shared edges leaves one polygon per piece of land.
const raw = topology({ raw: { type: 'FeatureCollection', features: decoded } });
const reconciled = reconcileBorders(raw);
const dissolved = raw.objects.raw.geometries.map((g) => ({
  type: 'Feature',
  properties: g.properties,
  geometry: rewind(merge(raw, [g])),
}));

// Built from exact coordinates, so every border between two prefectures becomes one shared arc;
// simplifying arcs (not features) then moves both sides of a border together and opens no gaps.
const full = topology({ prefectures: { type: 'FeatureCollection', features: dissolved } }, QUANTIZATION);
let topo = simplify(presimplify(full), MIN_WEIGHT);
// Drop only free-standing rings simplified down to specks; a ring touching a neighbour must stay
// whatever its size, or removing it would leave a hole in the map.
topo = filter(topo, filterAttachedWeight(topo, MIN_WEIGHT));
topo = quantize(topo, full.transform);

for (const g of topo.objects.prefectures.geometries) {
  const { name } = g.properties;
  const { id, shortZh = name, nameEn } = PREFECTURES[name];
  g.id = id;
  g.properties = { id, nameZh: name, shortZh, nameEn, labelPoint: labelPoint(feature(topo, g).geometry) };
}

const output = { type: 'Topology', metadata: METADATA, ...topo };
writeFileSync(OUTPUT, JSON.stringify(output));
console.log(
  `wrote ${OUTPUT.pathname}: ${topo.objects.prefectures.geometries.length} prefectures, ` +
    `${topo.arcs.length} arcs, ${reconciled} border disagreements resolved`,
);
