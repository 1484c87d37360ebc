package entity

import (
	"fmt"
	"testing"

	"github.com/varlik/varlik/lang"
)

func TestScratchEn(t *testing.T) {
	l, _ := lang.Get("en")
	s := `China's Premier Li Qiang met Russian Prime Minister Mikhail Mishustin in Hangzhou, the capital of Zhejiang province. "We are ready," Li said. UN Secretary-General Antonio Guterres said that the talks were useful.`
	for _, tk := range l.Tokenize(s) {
		fmt.Printf("%q/%s/%q ", tk.Text, tk.Kind, tk.Norm)
	}
	fmt.Println()
	for _, w := range []string{"ministers", "'s", "minister", "visited"} {
		fmt.Println(w, l.Analyze(w))
	}
}
