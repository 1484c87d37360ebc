package entity_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

func TestStreamOffsets(t *testing.T) {
	article := seedArticle(t)
	for _, tc := range []struct {
		name  string
		split entity.Split
		input string
		max   int
	}{
		{"paragraphs", entity.ByParagraph, article, 0},
		{"lines", entity.ByLine, "Ankara'da toplantı yapıldı.\nLi Qiang Moskova'ya gitti.\n\n\nSon satır", 0},
		{"over the limit", entity.ByParagraph, article, 300},
		{"long line without spaces", entity.ByLine, strings.Repeat("ş", 5000), 1001},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t, entity.WithMaxBytes(tc.max))
			var next int64
			err := x.Stream(context.Background(), strings.NewReader(tc.input), tc.split, func(d entity.StreamDoc) error {
				if d.Offset < next {
					t.Fatalf("document at %d overlaps the previous one ending at %d", d.Offset, next)
				}
				end := d.Offset + int64(len(d.Doc.Text))
				if got := tc.input[d.Offset:end]; got != d.Doc.Text {
					t.Fatalf("document text at %d does not match the stream", d.Offset)
				}
				if tc.max > 0 && len(d.Doc.Text) > tc.max {
					t.Fatalf("document of %d bytes over the limit %d", len(d.Doc.Text), tc.max)
				}
				for _, e := range d.Doc.Entities {
					if tc.input[d.Offset+int64(e.Start):d.Offset+int64(e.End)] != e.Text {
						t.Fatalf("entity %+v breaks the offset invariant in the stream", e)
					}
				}
				next = end
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if strings.TrimSpace(tc.input[next:]) != "" {
				t.Fatalf("stream stopped at %d of %d", next, len(tc.input))
			}
		})
	}
}

// TestStreamParallelKeepsOrder: StreamParallel gives fn the same documents
// as Stream, in input order, and stops at fn's error.
func TestStreamParallelKeepsOrder(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("tr"))
	if err != nil {
		t.Fatal(err)
	}
	var in strings.Builder
	for i := range 200 {
		fmt.Fprintf(&in, "Belge %d: Li Qiang, Ankara'da Mişustin ile görüştü.\n", i)
		if i%7 == 0 {
			in.WriteString("\n") // an empty document, skipped
		}
	}
	collect := func(run func(func(entity.StreamDoc) error) error) ([]string, error) {
		var got []string
		err := run(func(d entity.StreamDoc) error {
			got = append(got, fmt.Sprintf("%d %d", d.Offset, len(d.Doc.Entities)))
			return nil
		})
		return got, err
	}
	want, err := collect(func(fn func(entity.StreamDoc) error) error {
		return x.Stream(context.Background(), strings.NewReader(in.String()), entity.ByLine, fn)
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{2, 4, 16} {
		got, err := collect(func(fn func(entity.StreamDoc) error) error {
			return x.StreamParallel(context.Background(), strings.NewReader(in.String()), entity.ByLine, workers, fn)
		})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%d workers: documents differ from Stream's or are out of order", workers)
		}
	}
	stop := errors.New("stop")
	n := 0
	err = x.StreamParallel(context.Background(), strings.NewReader(in.String()), entity.ByLine, 4, func(entity.StreamDoc) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Errorf("fn's error: got %v after %d documents", err, n)
	}
}

// TestStreamParallelLargeDocuments checks that documents over a megabyte,
// which StreamParallel tags one at a time, keep their order among short
// ones, and that fn's error on one of them stops the stream.
func TestStreamParallelLargeDocuments(t *testing.T) {
	x := newExtractor(t, entity.WithLanguage("tr"))
	const largeBytes = 16 << 10 // a lower bound than the 1 MiB of use, so that the race detector's run is short
	t.Cleanup(entity.SetLargeDocBytes(largeBytes))
	large := strings.Repeat("Li Qiang Ankara'da görüştü. ", largeBytes/28+100)
	var in strings.Builder
	for i, kind := range []string{"s", "L", "s", "L", "s"} {
		if kind == "L" {
			in.WriteString(large + "\n")
		} else {
			fmt.Fprintf(&in, "Belge %d: Mişustin Moskova'da.\n", i)
		}
	}
	var want, got []string
	if err := x.Stream(context.Background(), strings.NewReader(in.String()), entity.ByLine, func(d entity.StreamDoc) error {
		want = append(want, fmt.Sprintf("%d %d", d.Offset, len(d.Doc.Entities)))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := x.StreamParallel(context.Background(), strings.NewReader(in.String()), entity.ByLine, 3, func(d entity.StreamDoc) error {
		got = append(got, fmt.Sprintf("%d %d", d.Offset, len(d.Doc.Entities)))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("documents differ from Stream's or are out of order:\n%v\nwant\n%v", got, want)
	}
	stop := errors.New("stop")
	err := x.StreamParallel(context.Background(), strings.NewReader(in.String()), entity.ByLine, 3, func(d entity.StreamDoc) error {
		if len(d.Doc.Text) > largeBytes {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Errorf("fn's error on a large document: got %v", err)
	}
}
