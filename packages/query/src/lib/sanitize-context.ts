/** The limits every parameter sanitizer needs; built once per `parseQuery` call. */
export interface SanitizeContext {
  defaultLimit: number;
  maxLimit: number;
  maxRelationalDepth: number;
  maxJsonQueryDepth: number;
}
