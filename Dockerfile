# The app image for docker-compose.yml: Node 20, the built web page, run with tsx.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build:web
ENV HOST=0.0.0.0
EXPOSE 3000
CMD ["npx", "tsx", "src/main.ts"]
