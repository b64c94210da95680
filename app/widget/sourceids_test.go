package widget

import (
	"slices"
	"testing"
)

// Source lines list ids by their number, a sheet id's further pages
// after it, whatever order the data gave them in.
func TestSourceIDsOrderByNumberWhateverTheInput(t *testing.T) {
	want := []string{"S2", "S10", "S41", "S41-B200", "S127", "S127-BIS", "S127-HK"}
	for _, in := range [][]string{
		{"S127-HK", "S41-B200", "S10", "S127", "S2", "S41", "S127-BIS", "S10"},
		{"S41", "S127-BIS", "S2", "S127-HK", "S41-B200", "S127", "S10"},
	} {
		if got := SourceIDs(in); !slices.Equal(got, want) {
			t.Errorf("SourceIDs(%v) = %v, want %v", in, got, want)
		}
	}
}
