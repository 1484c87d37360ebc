package prosener_test

import (
	"context"
	"fmt"

	"github.com/varlik/varlik/lang/en/prosener"
)

func ExampleEntities() {
	text := "Vladimir Putin met Mikhail Mishustin in Moscow on Monday."
	ms, err := prosener.Entities(context.Background(), text)
	if err != nil {
		panic(err)
	}
	for _, m := range ms {
		fmt.Println(m.Type, text[m.Start:m.End])
	}
	// Output:
	// PERSON Vladimir Putin
	// PERSON Mikhail Mishustin
	// LOCATION Moscow
}
