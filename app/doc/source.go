package doc

// Source is one entry of content/data/sources.json: what a figure or a
// claim rests on. Widgets and citations refer to sources by ID.
type Source struct {
	ID        string `json:"id"`
	Publisher string `json:"publisher"`
	Title     string `json:"title"`
	Date      string `json:"date"`
	URL       string `json:"url"`
	Lang      string `json:"lang"`
	// Original is false when the site links a copy or relay of the
	// original report (the fact sheet says which).
	Original bool `json:"original"`
}
