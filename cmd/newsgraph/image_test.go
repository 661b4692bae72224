package main

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestContainerImage builds the image (make image: the static binary, then
// Containerfile FROM scratch) with podman, starts it, and checks that it
// serves /healthz on its published port, runs as the non-root user, keeps
// its store on the /data volume and passes its own health check (the
// binary's healthcheck command: scratch has no curl). Skipped without
// podman and make, and with -short.
//
// The run flags suit a machine that is itself a container: cgroupfs (no
// systemd), runc when present (crun refuses hybrid cgroups), and limits
// below the caller's (raising them needs CAP_SYS_RESOURCE). They change
// nothing on an ordinary machine.
func TestContainerImage(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no image build")
	}
	for _, tool := range []string{"podman", "make"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("no %s on PATH", tool)
		}
	}
	image := fmt.Sprintf("localhost/newsgraph:test-%d", os.Getpid())
	name := fmt.Sprintf("newsgraph-test-%d", os.Getpid())
	volume := name + "-data"
	podman := func(args ...string) (string, error) {
		global := []string{"--cgroup-manager=cgroupfs"}
		if _, err := exec.LookPath("runc"); err == nil {
			global = append(global, "--runtime", "runc")
		}
		out, err := exec.Command("podman", append(global, args...)...).CombinedOutput()
		return strings.TrimSpace(string(out)), err
	}
	if out, err := podman("info"); err != nil {
		t.Skipf("podman cannot run here: %v\n%s", err, out)
	}
	build := exec.Command("make", "-C", "../..", "image", "IMAGE="+image, "BUILDER=podman")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("make image: %v\n%s", err, out)
	}
	t.Cleanup(func() {
		podman("rm", "-f", "-t", "2", name)
		podman("volume", "rm", "-f", volume)
		podman("rmi", "-f", image)
	})
	if size, err := podman("image", "inspect", "--format", "{{.Size}}", image); err == nil {
		t.Logf("image %s: %s bytes", image, size)
	}
	addr := freeAddr(t)
	if out, err := podman("run", "-d", "--name", name, "--ulimit", "nofile=4096:4096", "--ulimit", "nproc=4096:4096",
		"-p", addr+":8080", "-v", volume+":/data", image); err != nil {
		t.Fatalf("podman run: %v\n%s", err, out)
	}
	client := &http.Client{Timeout: 2 * time.Second}
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := client.Get("http://" + addr + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			logs, _ := podman("logs", name)
			t.Fatalf("/readyz never answered 200 (last: %v)\n%s", err, logs)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if out, err := podman("exec", name, "/newsgraph", "healthcheck"); err != nil || !strings.Contains(out, `"ok"`) {
		t.Errorf("healthcheck inside the container: %v %s", err, out)
	}
	if out, _ := podman("inspect", "--format", "{{.Config.User}} {{json .Config.Healthcheck.Test}}", name); out != `65532:65532 ["CMD","/newsgraph","healthcheck"]` {
		t.Errorf("user and health check: got %s, want 65532:65532 and the binary's healthcheck", out)
	}
	if out, _ := podman("top", name, "user"); !strings.Contains(out, "65532") {
		t.Errorf("the process does not run as 65532:\n%s", out)
	}
	if out, _ := podman("logs", name); !strings.Contains(out, "store=leveldb:/data/store") {
		t.Errorf("the store is not on the volume:\n%s", out)
	}
	// Stopping sends SIGTERM: serve shuts down cleanly, exit status 0.
	if out, err := podman("stop", "-t", "10", name); err != nil {
		t.Errorf("podman stop: %v %s", err, out)
	}
	if out, _ := podman("inspect", "--format", "{{.State.ExitCode}}", name); out != "0" {
		logs, _ := podman("logs", name)
		t.Errorf("exit status after SIGTERM: %s, want 0\n%s", out, logs)
	}
}
