# The example site as a container image, laid out like the Dockerfile `wagtail start`
# makes. compose.yaml runs it with PostgreSQL, Redis and the task worker. The commands are
# the ones `make serve` runs, from one script: example_site/serve.py.

# This stage installs build dependencies and compiles Python packages.
# It will be discarded in the final image, keeping only the compiled packages.
FROM python:3.13-slim-bookworm AS builder

# Install system packages required to build Python packages.
RUN apt-get update --yes --quiet && apt-get install --yes --quiet --no-install-recommends \
    build-essential \
    libpq-dev \
    libjpeg62-turbo-dev \
    zlib1g-dev \
    libwebp-dev \
 && rm -rf /var/lib/apt/lists/* \
 && python -m venv /opt/venv

ENV PATH="/opt/venv/bin:$PATH"

# Install the package with what the example site needs to serve (gunicorn, WhiteNoise,
# django-csp, the database task worker) on PostgreSQL with Redis.
COPY pyproject.toml README.md CHANGELOG.md MANIFEST.in LICENSE /src/
COPY wagtail_iitk /src/wagtail_iitk
RUN pip install "/src[postgres,redis,serve,cards,demo]"


# RUNTIME STAGE
FROM python:3.13-slim-bookworm AS runtime

# Install runtime system packages required by Wagtail and Django.
RUN apt-get update --yes --quiet && apt-get install --yes --quiet --no-install-recommends \
    libpq5 \
    libjpeg62-turbo \
    libwebp7 \
    libpango-1.0-0 \
    libpangoft2-1.0-0 \
 && rm -rf /var/lib/apt/lists/*

# Add user that will be used in the container.
RUN useradd wagtail

# Port used by this container to serve HTTP.
EXPOSE 8000

# 1. Force Python stdout and stderr streams to be unbuffered.
# 2. PORT and HOST are read by example_site/gunicorn.conf.py.
# 3. Add the virtual environment to PATH.
ENV PYTHONUNBUFFERED=1 \
    PORT=8000 \
    HOST=0.0.0.0 \
    PATH="/opt/venv/bin:$PATH" \
    DJANGO_SETTINGS_MODULE=example_site.settings.production

# Copy the virtual environment from the builder stage.
COPY --from=builder /opt/venv /opt/venv

WORKDIR /app
RUN chown wagtail:wagtail /app
COPY --chown=wagtail:wagtail . .
USER wagtail

# Collect static files (hashed and compressed, for WhiteNoise). The settings need a key
# and a host to load; these two serve this build step only.
RUN SECRET_KEY=collectstatic-only-not-used-at-run-time-0123456789abcdef \
    ALLOWED_HOSTS=localhost \
    python example_site/serve.py collectstatic

# Migrate, then serve with gunicorn. (compose.yaml runs the task worker beside it with
# `python example_site/serve.py worker`.) Migrating at start-up keeps `docker run`
# simple; a platform with a release phase should migrate there instead.
CMD ["python", "example_site/serve.py", "web"]
