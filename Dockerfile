# The Poruch server: GraphQL API at /graphql and the built web app at /.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY frontend/package.json frontend/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build -w frontend

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000
# tsx reads backend/tsconfig.json (decorators) from the working folder.
WORKDIR /app/backend
CMD ["node", "--import", "tsx", "src/main.ts"]
