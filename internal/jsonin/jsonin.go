// Package jsonin reads the JSON input of the example programs so that each
// judges it alike: examples/pipeline and examples/beam read one
// {"id": ..., "text": "..."} object a line, and examples/serve one object
// a request. Text must be valid UTF-8 on the raw bytes, \u escapes
// included: encoding/json silently replaces invalid bytes and a lone
// surrogate escape with U+FFFD, and the offsets a program returns would
// then not address the text it was sent.
package jsonin

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ReadLine reads one line of any length from br, returning it without its
// line break, and the number of bytes consumed. A line longer than max is
// consumed whole but returned as nil (n > 0 tells it from end of input);
// an empty line is returned as an empty, non-nil slice.
func ReadLine(br *bufio.Reader, max int) (line []byte, n int, err error) {
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		n += len(chunk)
		if !tooLong {
			line = append(line, chunk...)
			if len(bytes.TrimRight(line, "\r\n")) > max {
				tooLong, line = true, nil
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			return nil, n, err
		}
		if line == nil {
			line = []byte{}
		}
		return bytes.TrimRight(line, "\r\n"), n, err
	}
}

// Doc is the document of one input line: its id as written (nil when the
// line gives none) and its text.
type Doc struct {
	ID   json.RawMessage
	Text string
}

// ParseDoc reads the document of one line ReadLine returned (nil: a line
// longer than maxLine), judged as examples/pipeline and examples/beam
// judge it: a line over maxLine, a blank line, what DecodeLine refuses, a
// line without a "text" string and an empty text are errors, in these
// words. The id is returned beside an error too, where the line gives one,
// for the error's record.
func ParseDoc(data []byte, maxLine int) (Doc, error) {
	switch {
	case data == nil:
		return Doc{}, fmt.Errorf("line longer than %d bytes", maxLine)
	case len(bytes.TrimSpace(data)) == 0:
		return Doc{}, errors.New("empty line")
	}
	var in struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	err := DecodeLine(data, &in)
	switch {
	case err != nil:
	case in.Text == nil:
		err = errors.New(`no "text" string`)
	case strings.TrimSpace(*in.Text) == "":
		err = errors.New("text is empty") // as examples/serve answers 400 for it
	default:
		return Doc{ID: in.ID, Text: *in.Text}, nil
	}
	return Doc{ID: in.ID}, err
}

// DecodeLine decodes one input line, a JSON object, into in. Invalid
// UTF-8, a lone surrogate escape, bad JSON and data after the object are
// errors, whose messages name no Go types.
func DecodeLine(data []byte, in any) error {
	if !utf8.Valid(data) {
		return errors.New("line is not valid UTF-8")
	}
	if LoneSurrogate(data) {
		return errors.New(`line is not valid UTF-8: a \u escape of half a UTF-16 surrogate pair`)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	err := dec.Decode(in)
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Errorf(`bad JSON at byte %d: want an object {"id": ..., "text": "..."}`, syntax.Offset)
	case errors.As(err, &typ) && typ.Field != "":
		return fmt.Errorf("bad JSON: %q must be a string", typ.Field)
	case err != nil:
		return errors.New(`bad JSON: want an object {"id": ..., "text": "..."}`)
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("bad JSON: data after the object")
	}
	return nil
}

// LoneSurrogate reports whether JSON text escapes half of a UTF-16
// surrogate pair alone ("\ud800", or a low half first): it encodes no
// character. A backslash escaped ("\\ud800") starts no escape.
func LoneSurrogate(data []byte) bool {
	high := false // the escape just before was a high surrogate
	for i := 0; i < len(data); i++ {
		r := rune(-1) // the escaped UTF-16 unit at i, if any
		if data[i] == '\\' && i+1 < len(data) {
			if data[i+1] == 'u' && i+6 <= len(data) {
				if u, err := strconv.ParseUint(string(data[i+2:i+6]), 16, 16); err == nil {
					r = rune(u)
				}
			}
		}
		switch {
		case r >= 0xD800 && r < 0xDC00:
			if high {
				return true
			}
			high = true
		case r >= 0xDC00 && r < 0xE000:
			if !high {
				return true
			}
			high = false
		case high:
			return true
		}
		if data[i] == '\\' {
			i++ // the escaped character
			if r >= 0 {
				i += 4 // and the hex digits
			}
		}
	}
	return high
}
