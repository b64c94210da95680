package card

import (
	"bytes"
	"sync"
	"testing"
)

// Cards drawn at the same time (a gallery asks for a dozen at once) come
// out whole and each the same as one drawn alone: drawing shares no
// mutable state between requests.
func TestCardsDrawnAtOnceMatchOneDrawnAlone(t *testing.T) {
	c := Card{Site: "Compute Atlas", Title: "A finding with ąęłńóśźż", Label: "A state", Credit: "Credit", Picture: testFigure(3).Picture}
	want, err := PNG(c)
	if err != nil {
		t.Fatal(err)
	}
	const n = 8
	got := make([][]byte, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], errs[i] = PNG(c)
		}()
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("card %d: %v", i, errs[i])
		}
		if !bytes.Equal(got[i], want) {
			t.Errorf("card %d drawn alongside others differs from one drawn alone", i)
		}
	}
}
