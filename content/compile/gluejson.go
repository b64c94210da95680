package compile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/computeatlas/atlas/app/lang"
)

// glueJSON compacts a JSON document and glues its text: every string
// value when words has rules (a widget's strings file, all in one
// language), and in any case every string under a language's key ({"en":
// …, "pl": …}, a widget's data) in that language's way. Everything else,
// the order of keys included, stays as it was.
func glueJSON(raw []byte, words nobreak) ([]byte, error) {
	var compact bytes.Buffer
	if err := json.Compact(&compact, raw); err != nil {
		return nil, err
	}
	src := compact.Bytes()
	dec := json.NewDecoder(bytes.NewReader(src))
	// frame is one open container: an object or an array, whether the
	// object's next string is a key, the words of the container's values
	// and, in an object, those of the current key's value.
	type frame struct {
		object, wantKey bool
		words, value    nobreak
	}
	stack := []frame{{words: words, value: words}}
	var out bytes.Buffer
	last := 0 // src is copied to out up to here
	for {
		before := int(dec.InputOffset())
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		top := &stack[len(stack)-1]
		valueWords := top.words
		if top.object {
			valueWords = top.value
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				stack = append(stack, frame{object: t == '{', wantKey: t == '{', words: valueWords})
			default:
				stack = stack[:len(stack)-1]
				if parent := &stack[len(stack)-1]; parent.object {
					parent.wantKey = true
				}
			}
			continue
		case string:
			if top.object && top.wantKey {
				top.wantKey = false
				top.value = top.words
				if l, ok := lang.Get(t); ok {
					top.value = nobreakOf(l)
				}
				continue
			}
			if glued := glueText(t, valueWords); glued != t {
				literal := before + len(src[before:]) - len(bytes.TrimLeft(src[before:], ":,"))
				var enc bytes.Buffer
				e := json.NewEncoder(&enc)
				e.SetEscapeHTML(false)
				if err := e.Encode(glued); err != nil {
					return nil, err
				}
				out.Write(src[last:literal])
				out.Write(bytes.TrimSuffix(enc.Bytes(), []byte("\n")))
				last = int(dec.InputOffset())
			}
		}
		if top.object {
			top.wantKey = true
		}
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}
