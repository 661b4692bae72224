# Release binaries and the container image. `go build ./cmd/newsgraph` and
# `go install github.com/newsgraph/newsgraph/cmd/newsgraph@latest` need
# none of this.

VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -s -w -X main.releaseVersion=$(VERSION)
PLATFORMS ?= linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64
IMAGE    ?= newsgraph:$(VERSION)
# podman, else buildah (daemonless, from Debian's packages); BUILDER=docker works too.
BUILDER  ?= $(notdir $(shell command -v podman || command -v buildah))
# podman and buildah write OCI images, which drop HEALTHCHECK, unless told docker.
BUILD    := $(if $(filter buildah,$(BUILDER)),buildah bud --format docker,$(if $(filter podman,$(BUILDER)),podman build --format docker,$(BUILDER) build))

.PHONY: release image image-context clean

# dist/newsgraph-VERSION-OS-ARCH[.exe] for every platform, static
# (CGO_ENABLED=0), and their SHA-256 sums.
release:
	@mkdir -p dist
	@set -e; for p in $(PLATFORMS); do \
		os=$${p%/*}; arch=$${p#*/}; ext=; [ $$os = windows ] && ext=.exe; \
		out=dist/newsgraph-$(VERSION)-$$os-$$arch$$ext; \
		echo "$$out"; \
		CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch go build -trimpath -ldflags "$(LDFLAGS)" -o $$out ./cmd/newsgraph; \
	done
	cd dist && sha256sum newsgraph-$(VERSION)-* > SHA256SUMS-$(VERSION)

# The image of Containerfile, from the static linux binary of this machine's
# architecture.
image: image-context
	$(BUILD) -f Containerfile -t $(IMAGE) .

# dist/image/: what Containerfile copies.
image-context:
	@mkdir -p dist/image/data dist/image/tmp
	CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags "$(LDFLAGS)" -o dist/image/newsgraph ./cmd/newsgraph

clean:
	rm -rf dist
