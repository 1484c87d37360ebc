package gentable

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestSparseArray(t *testing.T) {
	hex := func(i int, v uint8) string { return fmt.Sprintf("%d: %d,", i, v) }
	tests := []struct {
		elems []uint8
		want  string
	}{
		{nil, "{\n}\n"},
		{[]uint8{0, 0}, "{\n}\n"},
		{[]uint8{0, 7}, "{\n\t1: 7,\n}\n"},
		{[]uint8{1, 2, 3, 4, 5, 6, 7, 8, 0, 9}, "{\n\t0: 1, 1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 7, 7: 8,\n\t9: 9,\n}\n"},
	}
	for _, tt := range tests {
		if got := SparseArray(tt.elems, hex); got != tt.want {
			t.Errorf("SparseArray(%v) = %q, want %q", tt.elems, got, tt.want)
		}
	}
}

func ExampleSparseArray() {
	folds := []rune{'A': 'a', 'B': 'b'}
	fmt.Print("var folds = [66]rune" + SparseArray(folds, func(r int, f rune) string {
		return fmt.Sprintf("%q: %q,", rune(r), f)
	}))
	// Output:
	// var folds = [66]rune{
	// 	'A': 'a', 'B': 'b',
	// }
}

func TestCurrent(t *testing.T) {
	file := filepath.Join(t.TempDir(), "table.go")
	if !Current(t, true, file, "package x\n", true, "./x") {
		t.Fatal("Current with update did not report the write")
	}
	if got, err := os.ReadFile(file); err != nil || string(got) != "package x\n" {
		t.Fatalf("after the update the file holds %q (%v)", got, err)
	}
	if Current(t, false, file, "package x\n", true, "./x") {
		t.Error("Current without update reported a write")
	}
}
