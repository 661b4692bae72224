package gizmo

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"runtime/debug"
	"unsafe"

	"github.com/cayleygraph/cayley/query"
	cgizmo "github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
	"github.com/dop251/goja"
)

// Reasons a query is stopped before its script ends.
var (
	errMemoryLimit      = errors.New("gizmo: memory budget exceeded")
	errResponseTooLarge = errors.New("gizmo: response budget exceeded")
	errEnough           = errors.New("gizmo: result limit reached")
	errUnsupported      = errors.New("gizmo: unsupported Cayley gizmo.Session layout")
)

// outcome is what one run produced: results or the reason it has none.
type outcome struct {
	res *Response
	err error
}

// panicError is a panic of the script's goroutine: Cayley's Gizmo steps
// panic on some arguments of the wrong type (g.V().Out({})).
type panicError struct {
	value any
	stack []byte
}

func (e *panicError) Error() string { return fmt.Sprintf("gizmo: panic: %v", e.value) }

// run executes one query and returns only when its script has stopped.
//
// It runs the script itself rather than through the iterator of Cayley's
// session: that iterator runs it in a goroutine without recover, so a step
// that panics would take the process down. ctx ends the run (stop gives it
// the cause of the memory watchdog), and interrupts the VM.
func (h *handler) run(ctx context.Context, stop context.CancelCauseFunc, qu string) outcome {
	const op = "gizmo.run"
	ses := cgizmo.NewSession(h.qs)
	// One more than the limit tells whether the limit cut results off.
	it, err := ses.Execute(ctx, qu, query.Options{Collation: query.JSON, Limit: h.opts.Limit + 1})
	if err != nil {
		return outcome{err: fmt.Errorf("%s: %w", op, err)}
	}
	// Close cancels the session's own context, which ends the store
	// iterations and the sends of a script that is being stopped.
	defer it.Close()
	results := make(chan *cgizmo.Result)
	vm, prog, err := attach(ses, results)
	if err != nil {
		return outcome{err: fmt.Errorf("%s: %w", op, err)}
	}
	limitCallDepth(vm, h.opts.MaxCallDepth)

	vmDone := make(chan error, 1)
	go func() {
		// The script runs on a thread of its own at a lower CPU
		// priority, so a script that loops does not slow the queries of
		// everyone else; the thread ends with the script.
		runtime.LockOSThread()
		_ = lowerThreadPriority(scriptNice)
		vmDone <- runProgram(vm, prog)
	}()
	defer watchMemory(ctx, h.opts.MaxMemoryBytes, stop)()
	halt := func(cause error) {
		vm.Interrupt(cause)
		it.Close()
		<-vmDone
	}

	res := &Response{Result: []any{}}
	size := int64(len(`{"result":[],"truncated":false}` + "\n"))
	for {
		select {
		case r := <-results:
			v := h.jsonOf(r)
			if v == nil {
				continue
			}
			if len(res.Result) == h.opts.Limit {
				res.Truncated = true
				halt(errEnough)
				return outcome{res: res}
			}
			b, err := json.Marshal(v)
			if err != nil {
				halt(err)
				return outcome{err: fmt.Errorf("%s: result %d: %w", op, len(res.Result)+1, err)}
			}
			if size += int64(len(b)) + 1; size > h.opts.MaxResponseBytes {
				halt(errResponseTooLarge)
				return outcome{err: errResponseTooLarge}
			}
			res.Result = append(res.Result, json.RawMessage(b))
		case err := <-vmDone:
			if err != nil {
				return outcome{err: fmt.Errorf("%s: %w", op, unwrapException(err))}
			}
			return outcome{res: res}
		case <-ctx.Done():
			halt(context.Cause(ctx))
			return outcome{err: context.Cause(ctx)}
		}
	}
}

// attach reaches the goja VM and compiled program of a session, which
// Cayley's gizmo.Session keeps in unexported fields, and gives it out as
// the channel its results are sent to. It fails if the session's layout is
// not the one of Cayley v0.7.7.
func attach(ses *cgizmo.Session, out chan *cgizmo.Result) (*goja.Runtime, *goja.Program, error) {
	s := reflect.ValueOf(ses).Elem()
	vmField, progField, outField := s.FieldByName("vm"), s.FieldByName("p"), s.FieldByName("out")
	if !vmField.IsValid() || vmField.Type() != reflect.TypeFor[*goja.Runtime]() ||
		!progField.IsValid() || progField.Type() != reflect.TypeFor[*goja.Program]() ||
		!outField.IsValid() || outField.Type() != reflect.TypeFor[chan *cgizmo.Result]() {
		return nil, nil, errUnsupported
	}
	vm := (*goja.Runtime)(vmField.UnsafePointer())
	prog := (*goja.Program)(progField.UnsafePointer())
	if vm == nil || prog == nil {
		return nil, nil, errUnsupported
	}
	*(*chan *cgizmo.Result)(unsafe.Pointer(outField.UnsafeAddr())) = out
	return vm, prog, nil
}

// limitCallDepth sets the VM's call depth limit if its goja has one.
func limitCallDepth(vm *goja.Runtime, depth int) {
	if l, ok := any(vm).(interface{ SetMaxCallStackSize(int) }); ok {
		l.SetMaxCallStackSize(depth)
	}
}

// runProgram runs the script and turns a panic of a Gizmo step into an
// error.
func runProgram(vm *goja.Runtime, prog *goja.Program) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &panicError{value: v, stack: debug.Stack()}
		}
	}()
	_, err = vm.RunProgram(prog)
	return err
}

// jsonOf is the JSON form of one result, as Cayley's JSON collation gives
// it: an emitted value, or the tags of a path result by name. It is nil
// for the script's own return value.
func (h *handler) jsonOf(r *cgizmo.Result) any {
	if r.Meta {
		return nil
	}
	if r.Val != nil {
		return r.Val
	}
	obj := make(map[string]any, len(r.Tags))
	for k, ref := range r.Tags {
		if name := h.qs.NameOf(ref); name != nil {
			obj[k] = native(name)
		}
	}
	return obj
}

// native is a quad value as Gizmo's JSON shows it.
func native(v quad.Value) any {
	out := v.Native()
	if nv, ok := out.(quad.Value); ok && v == nv {
		return quad.StringOf(v)
	}
	return out
}

// unwrapException finds the Go error under a JavaScript exception: the
// value a Gizmo step threw, or the error a Go method returned (goja keeps
// it as the "value" of a GoError).
func unwrapException(err error) error {
	var ex *goja.Exception
	if !errors.As(err, &ex) || ex.Value() == nil {
		return err
	}
	if inner, ok := ex.Value().Export().(error); ok {
		return inner
	}
	if obj, ok := ex.Value().(*goja.Object); ok {
		if v := obj.Get("value"); v != nil {
			if inner, ok := v.Export().(error); ok {
				return &goError{msg: err.Error(), err: inner}
			}
		}
	}
	return err
}

// goError is an error of a Go method under a JavaScript exception: it shows
// the exception's message and unwraps to the Go error.
type goError struct {
	msg string
	err error
}

func (e *goError) Error() string { return e.msg }

func (e *goError) Unwrap() error { return e.err }

// isInternal tells the failures of the store or of this package from the
// query's own faults (syntax, a thrown exception, wrong arguments to a
// Gizmo step, a refused write).
func isInternal(err error) bool {
	var se *storeError
	return errors.As(err, &se) || errors.Is(err, errUnsupported)
}

// queryMessage is what the client sees of its query's fault: Gizmo's
// message without our op prefix.
func queryMessage(err error) string {
	if ge := (*goError)(nil); errors.As(err, &ge) {
		return ge.msg
	}
	if inner := errors.Unwrap(err); inner != nil {
		return inner.Error()
	}
	return err.Error()
}
