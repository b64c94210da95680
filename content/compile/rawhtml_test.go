package compile

import (
	"bytes"
	"testing"

	"github.com/yuin/goldmark"
)

func TestEscapeRawHTML(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(escapeRawHTML))
	for _, tc := range []struct{ in, want string }{
		{"<div>\n*x*\n</div>\n", "<p>&lt;div&gt;\n*x*\n&lt;/div&gt;</p>\n"},
		{"<!-- note -->\n", "<p>&lt;!-- note --&gt;</p>\n"},
		{"<script>\nalert('x')\n</script>\n", "<p>&lt;script&gt;\nalert('x')\n&lt;/script&gt;</p>\n"},
		{"a <span class=\"x\">b</span> &amp; c\n", "<p>a &lt;span class=&quot;x&quot;&gt;b&lt;/span&gt; &amp; c</p>\n"},
		{"a <br\nclass=\"x\"> b\n", "<p>a &lt;br\nclass=&quot;x&quot;&gt; b</p>\n"},
		// Autolinks are links, not raw HTML.
		{"<https://example.org>\n", "<p><a href=\"https://example.org\">https://example.org</a></p>\n"},
	} {
		var buf bytes.Buffer
		if err := md.Convert([]byte(tc.in), &buf); err != nil {
			t.Fatal(err)
		}
		if buf.String() != tc.want {
			t.Errorf("%q:\ngot  %q\nwant %q", tc.in, buf.String(), tc.want)
		}
	}
}
