package server

import (
	"testing"

	"github.com/computeatlas/atlas/app/widgets"
	"github.com/computeatlas/atlas/internal/widgetcontract"
)

// Every registered widget keeps the widget contract as the server renders
// it, on its embeds and on every story that places it (the browser suite
// checks the same with the wasm live).
func TestWidgetContract(t *testing.T) {
	s := newTestServer(t)
	for _, name := range widgets.Names() {
		t.Run(name, func(t *testing.T) {
			walked := widgetcontract.Check(t, s, name)
			t.Logf("%s: states walked per page: %v", name, walked)
		})
	}
}
