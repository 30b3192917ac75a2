/**
 * Named error classes shared by every layer. The HTTP error middleware maps
 * each class to a status code; tests assert on the class, never the message.
 */
export class KgError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A configuration variable is missing or malformed. */
export class ConfigError extends KgError {}

/** Input from a user (request body, CLI argument, parameter) is invalid. */
export class InvalidInputError extends KgError {
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** An article cannot be read: empty, binary, not UTF-8, too large. */
export class ArticleReadError extends KgError {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
  }
}

/** A requested entity (actor, event, query) does not exist. */
export class NotFoundError extends KgError {}

/** Neo4j cannot be reached or refused the connection. */
export class DatabaseUnavailableError extends KgError {}

/** A user query ran past its time limit. */
export class QueryTimeoutError extends KgError {}

/** A read-only query attempted to write, or was otherwise refused by Neo4j. */
export class QueryRejectedError extends KgError {}

/** Missing or wrong token on a writing endpoint. */
export class UnauthorizedError extends KgError {}

/** Java, Maven or another local prerequisite is missing. */
export class PrerequisiteError extends KgError {}
