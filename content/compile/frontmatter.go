package compile

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/computeatlas/atlas/app/lang"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/computeatlas/atlas/app/doc"
	"gopkg.in/yaml.v3"
)

// frontMatter is a story's YAML header. Every field is a string: dates
// are checked as text, so "2025-03-01" means what it says and never passes
// through a time zone.
type frontMatter struct {
	Title          string `yaml:"title"`
	Summary        string `yaml:"summary"`
	Lang           string `yaml:"lang"`
	Slug           string `yaml:"slug"`
	TranslationKey string `yaml:"translation_key"`
	Published      string `yaml:"published"`
	Updated        string `yaml:"updated"`
	FactsAsOf      string `yaml:"facts_as_of"`
	Image          string `yaml:"image"`
	Featured       bool   `yaml:"featured"`
	// Kind is "page" for a page of the site that is not a story (about,
	// licence): lists, feeds and the story's end matter leave it out.
	Kind        string `yaml:"kind"`
	Corrections []struct {
		Date string `yaml:"date"`
		Text string `yaml:"text"`
	} `yaml:"corrections"`
}

// header is a parsed front matter with the file line of each field, so
// later checks (Load's duplicate slug, lang against folder) can point at
// the field.
type header struct {
	meta  doc.Meta
	lines map[string]int // field name → file line
	body  []byte         // the markdown after the closing ---
	start int            // file line of the body's first line
	// reported are fields already reported as malformed, so they are not
	// reported missing as well.
	reported []string
	// corrections are the file lines of each correction's "date" and
	// "text" (the entry's first line when a field is absent).
	corrections []struct{ date, text int }
}

// line is the file line of field, or 1 (the opening ---) when absent.
func (h *header) line(field string) int {
	if l, ok := h.lines[field]; ok {
		return l
	}
	return 1
}

var (
	slugRe     = regexp.MustCompile(`^[a-z0-9-]+$`)
	yamlLineRe = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
	unknownRe  = regexp.MustCompile(`^field (.+) not found in type `)
	dupKeyRe   = regexp.MustCompile(`^mapping key "(.*)" already defined at line (\d+)$`)
)

const dateLayout = "2006-01-02"

// splitFrontMatter cuts src into the YAML between the first two "---"
// lines and the markdown after them. The opening line must be the file's
// first: a story without front matter is an error, not a story without a
// title.
func splitFrontMatter(src []byte) (yml, body []byte, bodyLine int, err error) {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	first, rest, _ := bytes.Cut(src, []byte("\n"))
	if !isFence(first) {
		return nil, nil, 0, errors.New(`front matter: missing (the file must start with a "---" line)`)
	}
	off := 0
	for n := 2; off < len(rest); n++ {
		end := bytes.IndexByte(rest[off:], '\n')
		next := len(rest)
		if end >= 0 {
			next = off + end + 1
		}
		if isFence(bytes.TrimSuffix(rest[off:next], []byte("\n"))) {
			return rest[:off], rest[next:], n + 1, nil
		}
		off = next
	}
	return nil, nil, 0, errors.New(`front matter: not closed (no second "---" line)`)
}

func isFence(line []byte) bool {
	return string(bytes.TrimRight(line, " \t\r")) == "---"
}

// parseHeader reads and checks the front matter of the story in file.
// It returns nil with errors when the header is unusable; field errors are
// reported while the rest is still returned, so the body is checked too.
func parseHeader(file string, src []byte, errs *errorList) *header {
	yml, body, bodyLine, err := splitFrontMatter(src)
	if err != nil {
		errs.add(file, 1, "%v", err)
		return nil
	}
	h := &header{body: body, start: bodyLine, lines: map[string]int{}}
	// The YAML's line 1 is the file's line 2.
	const offset = 1

	// Parse to nodes first: a syntax error stops here, and the nodes give
	// each field's line for the checks below.
	var root yaml.Node
	if err := yaml.Unmarshal(yml, &root); err != nil {
		line, msg := syntaxError(yml, err)
		errs.add(file, line+offset, "front matter: %s", msg)
		return nil
	}
	keyAt := map[int]string{}
	// inCorrections reports whether a YAML line is part of the corrections
	// list, where a type error is about the list's shape.
	inCorrections := func(int) bool { return false }
	if len(root.Content) == 1 && root.Content[0].Kind == yaml.MappingNode {
		m := root.Content[0].Content
		for i := 0; i+1 < len(m); i += 2 {
			if m[i].Value == "corrections" {
				from, to := m[i].Line, int(^uint(0)>>1)
				if i+2 < len(m) {
					to = m[i+2].Line
				}
				inCorrections = func(l int) bool { return l >= from && l < to }
			}
			keyAt[m[i].Line] = m[i].Value
			if _, seen := h.lines[m[i].Value]; !seen {
				h.lines[m[i].Value] = m[i].Line + offset
				if m[i].Value == "corrections" {
					h.correctionLines(m[i+1], offset)
				}
			}
		}
	}

	var fm frontMatter
	dec := yaml.NewDecoder(bytes.NewReader(yml))
	dec.KnownFields(true)
	if err := dec.Decode(&fm); err != nil && err != io.EOF {
		var te *yaml.TypeError
		if !errors.As(err, &te) {
			errs.add(file, 1, "front matter: %v", err)
			return nil
		}
		// yaml.v3 decodes nothing when a key repeats or the document is
		// not a mapping: then the fields' checks would only add noise.
		whole := false
		for _, e := range te.Errors {
			line, msg := 0, e
			if m := yamlLineRe.FindStringSubmatch(e); m != nil {
				line, _ = strconv.Atoi(m[1])
				msg = m[2]
			}
			switch m, d := unknownRe.FindStringSubmatch(msg), dupKeyRe.FindStringSubmatch(msg); {
			case m != nil:
				msg = fmt.Sprintf("unknown field %q", m[1])
			case d != nil:
				first, _ := strconv.Atoi(d[2])
				msg = fmt.Sprintf("duplicate field %q (first on line %d)", d[1], first+offset)
				whole = true
			case strings.HasSuffix(msg, "into compile.frontMatter"):
				msg = "want fields as key: value lines"
				whole = true
			case inCorrections(line):
				msg = "corrections must be a list of date: and text: entries"
			case keyAt[line] != "":
				msg = fmt.Sprintf("%s must be text (%s)", keyAt[line], msg)
				h.reported = append(h.reported, keyAt[line])
			}
			errs.add(file, max(line, 1)+offset, "front matter: %s", msg)
		}
		if whole {
			return nil
		}
	}

	h.meta = doc.Meta{
		Title:          strings.TrimSpace(fm.Title),
		Summary:        strings.TrimSpace(fm.Summary),
		Lang:           fm.Lang,
		Slug:           fm.Slug,
		TranslationKey: fm.TranslationKey,
		Published:      fm.Published,
		Updated:        fm.Updated,
		FactsAsOf:      fm.FactsAsOf,
		Image:          fm.Image,
		Featured:       fm.Featured,
		Kind:           fm.Kind,
		File:           file,
	}
	for _, c := range fm.Corrections {
		h.meta.Corrections = append(h.meta.Corrections, doc.Correction{Date: c.Date, Text: strings.TrimSpace(c.Text)})
	}
	h.check(file, errs)
	return h
}

// correctionLines records the lines of each entry of the corrections
// list, so a bad date or a missing text names its line.
func (h *header) correctionLines(list *yaml.Node, offset int) {
	if list.Kind != yaml.SequenceNode {
		return
	}
	for _, item := range list.Content {
		at := struct{ date, text int }{item.Line + offset, item.Line + offset}
		if item.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(item.Content); i += 2 {
				switch item.Content[i].Value {
				case "date":
					at.date = item.Content[i].Line + offset
				case "text":
					at.text = item.Content[i].Line + offset
				}
			}
		}
		h.corrections = append(h.corrections, at)
	}
}

// check validates the fields. A field that is present but empty counts as
// missing.
func (h *header) check(file string, errs *errorList) {
	m := h.meta
	for _, f := range []struct{ name, value string }{
		{"title", m.Title},
		{"summary", m.Summary},
		{"lang", m.Lang},
		{"slug", m.Slug},
		{"translation_key", m.TranslationKey},
		{"published", m.Published},
	} {
		if f.value == "" && !slices.Contains(h.reported, f.name) {
			errs.add(file, h.line(f.name), "front matter: missing %q", f.name)
		}
	}
	if m.Lang != "" && !lang.Valid(m.Lang) {
		errs.add(file, h.line("lang"), "front matter: lang %q is not one of %s", m.Lang, strings.Join(lang.Codes(), ", "))
	}
	if m.Slug != "" && !slugRe.MatchString(m.Slug) {
		errs.add(file, h.line("slug"), "front matter: slug %q must be lower-case letters, digits and -", m.Slug)
	}
	if m.Kind != "" && m.Kind != doc.KindPage {
		errs.add(file, h.line("kind"), "front matter: kind %q is not %q (leave it out for a story)", m.Kind, doc.KindPage)
	}
	if strings.ContainsAny(m.TranslationKey, " \t/") {
		errs.add(file, h.line("translation_key"), "front matter: translation_key %q must not contain spaces or /", m.TranslationKey)
	}
	var published, updated time.Time
	var err error
	if m.Published != "" {
		if published, err = time.Parse(dateLayout, m.Published); err != nil {
			errs.add(file, h.line("published"), "front matter: published %q is not a date (YYYY-MM-DD)", m.Published)
		}
	}
	if m.Updated != "" {
		if updated, err = time.Parse(dateLayout, m.Updated); err != nil {
			errs.add(file, h.line("updated"), "front matter: updated %q is not a date (YYYY-MM-DD)", m.Updated)
		} else if !published.IsZero() && updated.Before(published) {
			errs.add(file, h.line("updated"), "front matter: updated %s is before published %s", m.Updated, m.Published)
		}
	}
	if m.FactsAsOf != "" {
		if asOf, err := time.Parse(dateLayout, m.FactsAsOf); err != nil {
			errs.add(file, h.line("facts_as_of"), "front matter: facts_as_of %q is not a date (YYYY-MM-DD)", m.FactsAsOf)
		} else if last := latest(published, updated); !last.IsZero() && asOf.After(last) {
			errs.add(file, h.line("facts_as_of"), "front matter: facts_as_of %s is after the story's last date %s", m.FactsAsOf, last.Format(dateLayout))
		}
	}
	if m.Image != "" && !strings.HasPrefix(m.Image, "/") && !strings.HasPrefix(m.Image, "https://") {
		errs.add(file, h.line("image"), "front matter: image %q must start with / or https://", m.Image)
	}
	h.checkCorrections(file, published, errs)
}

// checkCorrections validates the corrections list: each entry dated, with
// text, not before the story was published, newest last.
func (h *header) checkCorrections(file string, published time.Time, errs *errorList) {
	var prev time.Time
	for i, c := range h.meta.Corrections {
		at := struct{ date, text int }{h.line("corrections"), h.line("corrections")}
		if i < len(h.corrections) {
			at = h.corrections[i]
		}
		if c.Text == "" {
			errs.add(file, at.text, "front matter: correction without text")
		}
		d, err := time.Parse(dateLayout, c.Date)
		switch {
		case c.Date == "":
			errs.add(file, at.date, "front matter: correction without a date")
		case err != nil:
			errs.add(file, at.date, "front matter: correction date %q is not a date (YYYY-MM-DD)", c.Date)
		case !published.IsZero() && d.Before(published):
			errs.add(file, at.date, "front matter: correction date %s is before published %s", c.Date, h.meta.Published)
		case !prev.IsZero() && d.Before(prev):
			errs.add(file, at.date, "front matter: correction date %s is before the one above it (corrections go newest last)", c.Date)
		}
		if err == nil {
			prev = d
		}
	}
}

// syntaxError returns the YAML line of a syntax error and its message.
// yaml.v3 leaves the line out of some messages ("mapping values are not
// allowed in this context"); then the first line whose prefix of the
// document fails to parse is where the error is.
func syntaxError(yml []byte, err error) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLineRe.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n, m[2]
	}
	lines := bytes.SplitAfter(yml, []byte("\n"))
	var prefix []byte
	for i, l := range lines {
		prefix = append(prefix, l...)
		var n yaml.Node
		if yaml.Unmarshal(prefix, &n) != nil {
			return i + 1, msg
		}
	}
	return 1, msg
}

// latest is the later of two times.
func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
