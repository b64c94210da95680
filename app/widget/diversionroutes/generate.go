package diversionroutes

// The region's country shapes are generated from Natural Earth by
// internal/mapgen, on the shared projection (mapframe), clipped to East
// and Southeast Asia.
//go:generate go run ../../../internal/mapgen -frame 92,-4,146,42 -out ../../../content/data/diversion-routes-geo.json
