package widget

// Problem is a state value that was ignored because it is not valid; the
// widget falls back to the default and says so in a polite note.
type Problem struct {
	Key   string
	Value string
}

func (p Problem) String() string { return p.Key + "=" + p.Value }

// Ignored is the note shown inside the widget: word ("Ignored", in the
// page's language) and the values.
func Ignored(word string, ps []Problem) string {
	if len(ps) == 0 {
		return ""
	}
	s := word + " "
	for i, p := range ps {
		if i > 0 {
			s += ", "
		}
		s += p.String()
	}
	return s
}
