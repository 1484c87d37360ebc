package ner

import "math/bits"

// triRows holds the rows of the features of the coarse clusters of a
// token and the words next to it (tCluTri) that the weight table holds,
// indexed by the triple: a bitmap of the triples held, and their rows in
// the order of their indices, a triple's row at the count of the bits
// before its own (ranks and the bits of its word). Two tokens in three
// have a cluster, and a third of their triples is held (Turkish news):
// each was a key mixed and tested in the key filter, and, when it passed,
// a look-up in the table, where the bitmap tells a triple held or not
// exactly and an index finds its row. The Turkish model holds 9,448 of
// the 274,625 triples of its 64 coarse clusters and none (34 KB of bits,
// 170 KB of rows), the English one 15,591, the Russian one 12,572 of its
// 128 clusters' 2.1 million (268 KB of bits).
type triRows struct {
	n     int           // the values of a triple's parts: the coarse clusters and 0, none
	held  []uint64      // bit i is set when the table holds triple i (index)
	ranks []uint32      // ranks[w] is the number of bits set in held[:w]
	rows  []rowWeights  // the rows of the triples held, by index
	found []foundTriple // the triples note found, until finish places their rows
}

// foundTriple is a triple's row in the table, as newWarmTables finds it.
type foundTriple struct {
	i   int
	row *rowWeights
}

// newTriRows returns the empty rows of the triples of n coarse clusters
// and none (fs's), to fill with note and finish.
func newTriRows(fs *featureSet) *triRows {
	var coarse uint32
	for _, e := range fs.clu.entries {
		coarse = max(coarse, e.val>>16)
	}
	n := int(coarse) + 1
	return &triRows{n: n, held: make([]uint64, (n*n*n+63)/64)}
}

// note notes row as the row of the tCluTri key of value v when v is a
// triple (index). newWarmTables reads every key of the table as one of
// the template so: a key of another feature whose value reads as a
// triple is the key of that triple's feature too (feat is a bijection),
// whose row a look-up of the triple's key gave, so that the rows are the
// table's for every triple.
func (r *triRows) note(v uint64, row *rowWeights) {
	if i, ok := r.index(v); ok {
		r.found = append(r.found, foundTriple{i, row})
		r.held[i/64] |= 1 << (i % 64)
	}
}

// finish places the rows note found.
func (r *triRows) finish() {
	r.ranks = make([]uint32, len(r.held))
	rank := 0
	for w, b := range r.held {
		r.ranks[w] = uint32(rank)
		rank += bits.OnesCount64(b)
	}
	r.rows = make([]rowWeights, rank)
	for _, f := range r.found {
		r.rows[r.rank(f.i)] = *f.row
	}
	r.found = nil
}

// index returns the index of the triple of a tCluTri key's value v (the
// coarse clusters before, of and after the token, 16 bits each), and
// whether v is one of parts below n.
func (r *triRows) index(v uint64) (int, bool) {
	n := uint64(r.n)
	c1, c2, c3 := v&0xffff, v>>16&0xffff, v>>32&0xffff
	if v>>48 != 0 || c1 >= n || c2 >= n || c3 >= n {
		return 0, false
	}
	return int(c1 + n*(c2+n*c3)), true
}

// rank returns the number of bits set in r.held before bit i.
func (r *triRows) rank(i int) int {
	w := i / 64
	return int(r.ranks[w]) + bits.OnesCount64(r.held[w]&(1<<(i%64)-1))
}

// row returns the row of the triple of the coarse clusters of m1, a and
// p1, nil when the table does not hold it (small enough to inline).
func (r *triRows) row(m1, a, p1 *tokenAttrs) *rowWeights {
	i := int(m1.clu>>16) + r.n*(int(a.clu>>16)+r.n*int(p1.clu>>16))
	if r.held[i/64]&(1<<(i%64)) == 0 {
		return nil
	}
	return &r.rows[r.rank(i)]
}
