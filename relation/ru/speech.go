package ru

import "strings"

// imperfectiveForms returns the forms news writes an imperfective verb of
// saying in, given by its infinitive: the present's third persons and the
// past (заявлять → заявляет, заявляют, заявлял, заявляла, заявляло,
// заявляли). The verbs of the first conjugation in -ать, -ять and -овать
// follow the rule; the others are in irregularPresent. A table of such
// verbs listed by hand knew "заявляет" but not "заявлял".
func imperfectiveForms(infinitives ...string) []string {
	var out []string
	for _, inf := range infinitives {
		stem, ok := strings.CutSuffix(inf, "ть")
		if !ok {
			panic("relation/ru: not an infinitive: " + inf)
		}
		out = append(out, pastForms(stem+"л")...)
		if forms, ok := irregularPresent[inf]; ok {
			out = append(out, forms...)
			continue
		}
		if base, ok := strings.CutSuffix(stem, "ова"); ok { // констатировать → констатирует
			out = append(out, base+"ует", base+"уют")
			continue
		}
		out = append(out, stem+"ет", stem+"ют")
	}
	return out
}

// irregularPresent are the present forms of the verbs outside the rule.
var irregularPresent = map[string][]string{
	"говорить":   {"говорит", "говорят"},
	"писать":     {"пишет", "пишут"},
	"признавать": {"признает", "признают"},
}
