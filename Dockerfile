# The API (with the widget and the dashboard it serves) for a MongoDB named by MONGODB_URI. Built with the project's
# own install steps (./pnpmw on the image's Node 24). Not built on the project's closed network: see the README.
FROM node:24-slim AS build
WORKDIR /app
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends ca-certificates curl openssl \
  && rm -rf /var/lib/apt/lists/*
COPY . .
RUN ./pnpmw install --frozen-lockfile && ./pnpmw build

FROM node:24-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 NPS_DATA_DIR=/app/.data
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "api/src/main.ts"]
