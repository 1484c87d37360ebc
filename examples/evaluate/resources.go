package main

import (
	"fmt"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/ru" // registers "ru"
	_ "github.com/varlik/varlik/lang/tr" // registers "tr"
)

type resources struct {
	lang lang.Language
	gaz  *gazetteer.Gazetteer
}

func loadResources(code string, useGaz bool) (resources, error) {
	var r resources
	l, ok := lang.Get(code)
	if !ok {
		return r, fmt.Errorf("no language %q registered", code)
	}
	r.lang = l
	if useGaz {
		r.gaz = gazetteer.Default()
	}
	return r, nil
}
