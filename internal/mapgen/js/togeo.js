// togeo.js converts Natural Earth 1:50m country borders (world-atlas,
// TopoJSON) to a GeoJSON FeatureCollection on stdout. Each feature keeps
// its id (ISO 3166-1 numeric, as a string; absent for a few disputed or
// unrecognised areas) and properties.name. internal/mapgen runs it; the
// versions are pinned in package.json and package-lock.json, and checked
// here so a stale node_modules cannot change the output silently.
"use strict";

const fs = require("fs");
const path = require("path");

const pinned = { "world-atlas": "2.0.2", "topojson-client": "3.1.0" };
for (const [name, want] of Object.entries(pinned)) {
  const got = require(path.join(__dirname, "node_modules", name, "package.json")).version;
  if (got !== want) {
    process.stderr.write(`togeo.js: ${name} is ${got}, want ${want}; run npm ci in ${__dirname}\n`);
    process.exit(1);
  }
}

const topojson = require("topojson-client");
const file = path.join(__dirname, "node_modules", "world-atlas", "countries-50m.json");
const topology = JSON.parse(fs.readFileSync(file, "utf8"));
const collection = topojson.feature(topology, topology.objects.countries);
process.stdout.write(JSON.stringify(collection));
process.stdout.write("\n");
