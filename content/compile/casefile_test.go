package compile

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

// Golden files follow goldmark's test case format (its testutil): a
// header "N: description", the input between two attribute separators,
// the expected output up to the case separator. go test -update rewrites
// the expected outputs from what the code produces now.

var update = flag.Bool("update", false, "rewrite the expected outputs in testdata/*.txt")

const (
	attributeSeparator = "//- - - - - - - - -//"
	caseSeparator      = "//= = = = = = = = = = = = = = = = = = = = = = = =//"
)

type testCase struct {
	Header   string // "N: description"
	Input    string
	Expected string
	Line     int // line of the header in the file
}

func readCases(t *testing.T, file string) []testCase {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var cases []testCase
	sc := bufio.NewScanner(bytes.NewReader(raw))
	line := 0
	next := func() (string, bool) {
		if !sc.Scan() {
			return "", false
		}
		line++
		return sc.Text(), true
	}
	for {
		h, ok := next()
		if !ok {
			break
		}
		if strings.TrimSpace(h) == "" {
			continue
		}
		c := testCase{Header: h, Line: line}
		if s, _ := next(); s != attributeSeparator {
			t.Fatalf("%s:%d: want %q after the header", file, line, attributeSeparator)
		}
		var in, out []string
		for s, ok := next(); ok && s != attributeSeparator; s, ok = next() {
			in = append(in, s)
		}
		for s, ok := next(); ok && s != caseSeparator; s, ok = next() {
			out = append(out, s)
		}
		c.Input = strings.Join(in, "\n") + "\n"
		c.Expected = strings.Join(out, "\n")
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

func writeCases(t *testing.T, file string, cases []testCase) {
	t.Helper()
	var b strings.Builder
	for i, c := range cases {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s\n%s\n%s%s\n%s\n%s\n", c.Header, attributeSeparator, c.Input, attributeSeparator, c.Expected, caseSeparator)
	}
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// runCases checks got(input) against each case's expected output, or
// rewrites the file with -update.
func runCases(t *testing.T, file string, got func(t *testing.T, input string) string) {
	cases := readCases(t, file)
	for i := range cases {
		c := &cases[i]
		t.Run(c.Header, func(t *testing.T) {
			out := strings.TrimRight(got(t, c.Input), "\n")
			if *update {
				c.Expected = out
				return
			}
			if out != c.Expected {
				t.Errorf("%s:%d: %s\n--- got ---\n%s\n--- want ---\n%s", file, c.Line, c.Header, out, c.Expected)
			}
		})
	}
	if *update {
		writeCases(t, file, cases)
	}
}
