# The Poruch server: GraphQL API at /graphql and the built web app at /, run as compiled JavaScript.
# Three stages: `build` compiles the backend (tsc) and the web app (vite, with its server bundle in
# frontend/dist/.ssr); `deps` installs production dependencies only; the final image gets those, the
# compiled backend, the built web app and seeds/ (read from disk at start-up), and no TypeScript loader.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY frontend/package.json frontend/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build -w frontend && npm run build -w backend

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY frontend/package.json frontend/
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
# package.json files and node_modules (the root's and any nested under backend/ or frontend/).
COPY --from=deps /app ./
COPY --from=build /app/backend/dist backend/dist
COPY --from=build /app/frontend/dist frontend/dist
COPY seeds seeds
# Where docker-compose.yml's meili-key step leaves the backend's key; a fresh named volume mounted here
# takes this folder's owner, so the unprivileged user can write it.
RUN mkdir -p /var/lib/poruch/meili-key && chown node:node /var/lib/poruch/meili-key
USER node
EXPOSE 4000
CMD ["node", "backend/dist/main.js"]
