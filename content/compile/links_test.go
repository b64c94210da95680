package compile

import "testing"

func TestLinks(t *testing.T) {
	runCases(t, "testdata/links.txt", compileCase)
}
