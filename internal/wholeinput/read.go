package wholeinput

import (
	"io"
	"os"
	"strings"
)

// ReadText reads r whole into a string: a regular file in one allocation of
// its size, where io.ReadAll and a conversion to string would hold up to
// three copies of a large input at once.
func ReadText(r io.Reader) (string, error) {
	var b strings.Builder
	if f, ok := r.(interface{ Stat() (os.FileInfo, error) }); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			b.Grow(int(fi.Size()) + 1)
		}
	}
	_, err := io.Copy(&b, r)
	return b.String(), err
}
