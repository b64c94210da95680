package card

import (
	"strconv"
	"strings"
)

// point is a position in a picture's coordinates.
type point struct{ x, y float64 }

// subpath is one run of a path: its points and whether it closes.
type subpath struct {
	pts    []point
	closed bool
}

// parsePath reads SVG path data (M, L, H, V, Q, Z, absolute and relative:
// what our widgets and the map's outlines use) into subpaths, with each
// quadratic curve flattened into short lines. An unknown command ends the
// path where it is.
func parsePath(d string) []subpath {
	toks := tokens(d)
	var out []subpath
	var cur subpath
	var pos, start point
	cmd := byte(0)
	i := 0
	num := func() (float64, bool) {
		if i >= len(toks) || isCmd(toks[i]) {
			return 0, false
		}
		v, err := strconv.ParseFloat(toks[i], 64)
		i++
		return v, err == nil
	}
	flush := func() {
		if len(cur.pts) > 0 {
			out = append(out, cur)
		}
		cur = subpath{}
	}
	for i < len(toks) {
		if isCmd(toks[i]) {
			cmd = toks[i][0]
			i++
		}
		rel := cmd >= 'a'
		base := point{}
		if rel {
			base = pos
		}
		switch cmd | 0x20 {
		case 'm':
			x, ok1 := num()
			y, ok2 := num()
			if !ok1 || !ok2 {
				return append(out, cur)
			}
			flush()
			pos = point{base.x + x, base.y + y}
			start = pos
			cur.pts = append(cur.pts, pos)
			// Pairs after a moveto are linetos.
			if rel {
				cmd = 'l'
			} else {
				cmd = 'L'
			}
		case 'l':
			x, ok1 := num()
			y, ok2 := num()
			if !ok1 || !ok2 {
				flush()
				return out
			}
			pos = point{base.x + x, base.y + y}
			cur.pts = append(cur.pts, pos)
		case 'h':
			x, ok := num()
			if !ok {
				flush()
				return out
			}
			pos = point{base.x + x, pos.y}
			cur.pts = append(cur.pts, pos)
		case 'v':
			y, ok := num()
			if !ok {
				flush()
				return out
			}
			pos = point{pos.x, base.y + y}
			cur.pts = append(cur.pts, pos)
		case 'q':
			cx, ok1 := num()
			cy, ok2 := num()
			x, ok3 := num()
			y, ok4 := num()
			if !ok1 || !ok2 || !ok3 || !ok4 {
				flush()
				return out
			}
			c := point{base.x + cx, base.y + cy}
			end := point{base.x + x, base.y + y}
			const steps = 16
			for k := 1; k <= steps; k++ {
				t := float64(k) / steps
				u := 1 - t
				cur.pts = append(cur.pts, point{u*u*pos.x + 2*u*t*c.x + t*t*end.x, u*u*pos.y + 2*u*t*c.y + t*t*end.y})
			}
			pos = end
		case 'z':
			cur.closed = true
			flush()
			pos = start
		default:
			flush()
			return out
		}
	}
	flush()
	return out
}

func isCmd(t string) bool {
	return len(t) == 1 && strings.ContainsRune("MmLlHhVvQqZz", rune(t[0]))
}

// tokens splits path data into commands and numbers ("M1,2l-3.5.5").
func tokens(d string) []string {
	var out []string
	n := -1 // start of the number being read
	dot := false
	end := func(i int) {
		if n >= 0 {
			out = append(out, d[n:i])
			n = -1
		}
	}
	for i := 0; i < len(d); i++ {
		c := d[i]
		switch {
		case c >= '0' && c <= '9':
			if n < 0 {
				n, dot = i, false
			}
		case c == '.':
			if n >= 0 && dot {
				end(i)
			}
			if n < 0 {
				n = i
			}
			dot = true
		case c == '-' || c == '+':
			if n >= 0 && d[i-1] != 'e' && d[i-1] != 'E' {
				end(i)
			}
			if n < 0 {
				n, dot = i, false
			}
		case c == 'e' || c == 'E':
			// part of a number
		case strings.IndexByte("MmLlHhVvQqZz", c) >= 0:
			end(i)
			out = append(out, string(c))
		default: // separators
			end(i)
		}
	}
	end(len(d))
	return out
}
