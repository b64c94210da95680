module github.com/computeatlas/atlas

go 1.26.8

require (
	github.com/andybalholm/brotli v1.3.0
	github.com/maxence-charriere/go-app/v10 v10.1.11
	github.com/yuin/goldmark v1.8.7
	gopkg.in/yaml.v3 v3.0.1
)

require github.com/google/uuid v1.6.0 // indirect
