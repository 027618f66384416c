package classify

import "sort"

// maxPosting skips stems too common to say which sentences belong
// together; it also keeps pairing linear on large, shuffled documents.
const maxPosting = 64

// align cancels identical sentences as multisets (moves disappear), then
// groups the remaining sentences into units: each leftover sentence is
// linked to the leftover sentence of the other revision that shares most of
// its words (both ways, so splits and merges join one unit), and leftover
// sentences of one block with no partner join their block-mates' unit.
func align(os, ns []*sentence) []*unit {
	ro, rn := cancel(os, ns)
	// What is left is compared in canonical form (E6), which may cancel more.
	for _, s := range ro {
		s.prepare()
	}
	for _, s := range rn {
		s.prepare()
	}
	ro, rn = cancel(ro, rn)
	if len(ro) == 0 && len(rn) == 0 {
		return nil
	}

	uf := newUnionFind(len(ro) + len(rn))
	linked := make([]bool, len(ro)+len(rn))
	link := func(from []*sentence, to []*sentence, fromOff, toOff int) {
		post := map[string][]int{}
		for j, s := range to {
			for st := range s.content {
				post[st] = append(post[st], j)
			}
		}
		counts := map[int]int{}
		for i, s := range from {
			clear(counts)
			for st := range s.content {
				if p := post[st]; len(p) <= maxPosting {
					for _, j := range p {
						counts[j]++
					}
				}
			}
			best, bestSim := -1, 0.0
			for j, n := range counts {
				a, b := len(s.content), len(to[j].content)
				m := min(a, b)
				sim := float64(n) / float64(m)
				dice := 2 * float64(n) / float64(a+b)
				score := sim + dice
				if (sim >= 0.5 && n >= 2 || n >= 1 && m == 1) && dice >= 0.2 && score > bestSim {
					best, bestSim = j, score
				}
			}
			if best >= 0 {
				uf.union(fromOff+i, toOff+best)
				linked[fromOff+i], linked[toOff+best] = true, true
			}
		}
	}
	link(ro, rn, 0, len(ro))
	link(rn, ro, len(ro), 0)

	// Changed sentences of one block are judged together, so that a
	// rewritten paragraph is compared as a whole (rule E7).
	joinBlock := func(ss []*sentence, off int) {
		first := map[int]int{}
		for i, s := range ss {
			if k, ok := first[s.block]; ok {
				uf.union(off+i, k)
			} else {
				first[s.block] = off + i
			}
		}
	}
	joinBlock(ro, 0)
	joinBlock(rn, len(ro))

	groups := map[int]*unit{}
	var order []int
	for i, s := range ro {
		r := uf.find(i)
		if groups[r] == nil {
			groups[r] = &unit{}
			order = append(order, r)
		}
		groups[r].old = append(groups[r].old, s)
	}
	for j, s := range rn {
		r := uf.find(len(ro) + j)
		if groups[r] == nil {
			groups[r] = &unit{}
			order = append(order, r)
		}
		groups[r].new = append(groups[r].new, s)
	}
	units := make([]*unit, 0, len(order))
	for _, r := range order {
		units = append(units, groups[r])
	}
	// Report in the order of the new revision where possible.
	pos := func(u *unit) int {
		if len(u.new) > 0 {
			return u.new[0].order
		}
		return u.old[0].order
	}
	sort.SliceStable(units, func(i, j int) bool { return pos(units[i]) < pos(units[j]) })
	return units
}

// cancel removes the sentences whose key both lists hold, as multisets,
// and returns the rest of each.
func cancel(os, ns []*sentence) (ro, rn []*sentence) {
	byKey := make(map[string][]int, len(ns))
	for j, s := range ns {
		byKey[s.key] = append(byKey[s.key], j)
	}
	newUsed := make([]bool, len(ns))
	for _, s := range os {
		if js := byKey[s.key]; len(js) > 0 {
			newUsed[js[0]] = true
			byKey[s.key] = js[1:]
			continue
		}
		ro = append(ro, s)
	}
	for j, s := range ns {
		if !newUsed[j] {
			rn = append(rn, s)
		}
	}
	return ro, rn
}

type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{p}
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra != rb {
		u.parent[ra] = rb
	}
}
