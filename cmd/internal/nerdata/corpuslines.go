package nerdata

import "encoding/json"

// CorpusLine is a record of the news corpus's JSONL files
// (corpus/<lang>.<split>.jsonl): a line of text, its record ID
// (<collection>.<line>) and its gold entities.
type CorpusLine struct {
	ID       string         `json:"id"`
	Text     string         `json:"text"`
	Entities []CorpusEntity `json:"entities"`
}

// CorpusEntity is a gold entity of a CorpusLine: Text is Line.Text[Start:End]
// (UTF-8 byte offsets).
type CorpusEntity struct {
	Text  string `json:"text"`
	Type  string `json:"type"` // PERSON, LOCATION or ORGANIZATION
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// ReadCorpusLines reads a corpus JSONL file, a record a line.
func ReadCorpusLines(path string) ([]CorpusLine, error) {
	var lines []CorpusLine
	err := readJSONLines(path, func(b []byte) error {
		var l CorpusLine
		if err := json.Unmarshal(b, &l); err != nil {
			return err
		}
		lines = append(lines, l)
		return nil
	})
	return lines, err
}
