# syntax=docker/dockerfile:1
# Quanze 权责图谱 API. Built by docker-compose.yml (service `api`); also usable alone:
#   docker build -t quanze-api . && docker run -e NEO4J_URI=bolt://host:7687 -p 4000:4000 quanze-api

# --- build: all dependencies, compile TypeScript to dist/ ---
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The service and the graph page it serves at /graph (web/dist, bundled by esbuild).
RUN npm run build && npm run build:web

# --- runtime: production dependencies and the compiled output only ---
FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
# The compiled code reads .cypher, .graphql and data files at run time from the project root
# (the folder holding package.json: src/paths.ts).
COPY cypher ./cypher
COPY schema ./schema
COPY data ./data
USER node
EXPOSE 4000
# The node options are one of src/server/node-flags.ts's profiles, chosen by the store's size when the
# container starts (src/node-options.ts prints them; SERVICE_NODE_PROFILE sets one). exec: node is PID 1's
# successor and receives the stop signal.
CMD ["sh", "-c", "exec node $(node dist/src/node-options.js) dist/src/main.js"]
