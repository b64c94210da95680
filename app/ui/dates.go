package ui

import (
	"fmt"
	"strconv"
)

var monthsPL = [...]string{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"}
var monthsEN = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// date formats an ISO date (YYYY-MM-DD) for readers of lang; anything else
// is shown as it is.
func date(iso, lang string) string {
	var y, m, d int
	if n, _ := sscanDate(iso, &y, &m, &d); n != 3 || m < 1 || m > 12 {
		return iso
	}
	if lang == "pl" {
		return itoa(d) + " " + monthsPL[m-1] + " " + itoa(y)
	}
	return itoa(d) + " " + monthsEN[m-1] + " " + itoa(y)
}

func sscanDate(s string, y, m, d *int) (int, error) {
	if len(s) != 10 {
		return 0, fmt.Errorf("not a date")
	}
	return fmt.Sscanf(s, "%4d-%2d-%2d", y, m, d)
}

func itoa(i int) string { return strconv.Itoa(i) }
