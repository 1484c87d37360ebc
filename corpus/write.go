package corpus

import (
	"bufio"
	"io"
	"sort"
)

// Write writes f in the text form that Parse reads: the header (sorted by
// key, after the format line), then each record.
func Write(w io.Writer, f *File) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("# varlik annotation v1\n")
	keys := make([]string, 0, len(f.Header))
	for k := range f.Header {
		if k != "varlik annotation v1" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		bw.WriteString("# " + k + ": " + f.Header[k] + "\n")
	}
	for i := range f.Records {
		r := &f.Records[i]
		bw.WriteString("\n## " + r.ID + "\n")
		bw.WriteString(r.Markup() + "\n")
		for j := range r.Relations {
			bw.WriteString(r.RelationLine(j) + "\n")
		}
	}
	return bw.Flush()
}
