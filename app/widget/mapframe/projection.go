package mapframe

import "math"

// The map's frame and projection. The geometry generator (go generate in
// internal/mapgen) and the widget's places share this code, so a city's
// dot lands on its country. An equirectangular projection with its
// standard parallel at 25°N keeps shapes fair from Singapore (1°N) to
// Beijing (40°N), and is simple enough to check by hand.
const (
	LonMin, LonMax = 34.0, 146.0 // the Gulf to Japan
	LatMin, LatMax = -11.0, 53.0 // Java to Mongolia
	Width          = 1000.0      // SVG viewBox width
	stdParallel    = 25.0
)

var (
	xScale = Width / ((LonMax - LonMin) * math.Cos(stdParallel*math.Pi/180))
	// Height is the viewBox height that keeps the projection's aspect.
	Height = math.Round((LatMax-LatMin)*xScale*10) / 10
)

// Project maps longitude and latitude (degrees) to viewBox coordinates.
func Project(lon, lat float64) (x, y float64) {
	x = (lon - LonMin) * math.Cos(stdParallel*math.Pi/180) * xScale
	y = (LatMax - lat) * xScale
	return x, y
}
