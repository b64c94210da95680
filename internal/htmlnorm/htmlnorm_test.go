package htmlnorm

import "testing"

func TestNormalize(t *testing.T) {
	a := `<div  class="x" id="y">
	  <span data-a="1" aria-b="2">t</span>
	</div>`
	b := `<div id="y" class="x"><span aria-b="2" data-a="1">t</span></div>`
	if Normalize(a) != Normalize(b) {
		t.Errorf("same DOM, different text:\n%s\n%s", Normalize(a), Normalize(b))
	}
	if Normalize(`<p class="a">x</p>`) == Normalize(`<p class="b">x</p>`) {
		t.Error("different attribute values normalised to the same text")
	}
}
