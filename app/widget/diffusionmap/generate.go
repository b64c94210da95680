package diffusionmap

// The map's country shapes are generated from Natural Earth by internal/mapgen.
//go:generate go run ../../../internal/mapgen -out ../../../content/data/diffusion-map-geo.json
