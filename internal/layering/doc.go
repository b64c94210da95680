// Package layering holds tests about the code itself: that each fact of
// the site has one place (docs/architecture.md). Languages are named only
// by app/lang and the content; the pages (app/ui) know no widget by name.
package layering
