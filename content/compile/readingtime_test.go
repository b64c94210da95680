package compile

import (
	"strings"
	"testing"
)

func TestReadingMinutes(t *testing.T) {
	for _, c := range []struct {
		words int
		want  int
	}{{0, 1}, {1, 1}, {220, 1}, {221, 2}, {2_400, 11}} {
		if got := readingMinutes(strings.Repeat("słowo ", c.words) + " – — · "); got != c.want {
			t.Errorf("%d words: %d minutes, want %d", c.words, got, c.want)
		}
	}
}
