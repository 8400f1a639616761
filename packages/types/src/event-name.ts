/** The item events a collection emits (filter and action share the names). */
export type ItemEvent = 'query' | 'read' | 'create' | 'update' | 'delete' | 'promote' | 'sort';

/**
 * The name of an items event: `items.create` fires for every collection, `articles.items.create` only for
 * `articles`. System collections use their name without `directus_` instead (`users.create`).
 */
export type ItemsEventName<Event extends ItemEvent = ItemEvent> =
  | `items.${Event}`
  | `${string}.items.${Event}`;

/** Filter (blocking, payload-rewriting) events that are not tied to one collection. */
export type FilterEventName =
  | 'authenticate'
  | 'websocket.authenticate'
  | 'websocket.message'
  | 'request.not_found'
  | 'request.error'
  | 'database.error'
  | 'auth.login'
  | 'auth.jwt'
  | 'auth.create'
  | 'auth.update'
  | 'email.send'
  | ItemsEventName;

/** Action (after-the-fact) events that are not tied to one collection. */
export type ActionEventName =
  | 'websocket.message'
  | 'websocket.error'
  | 'websocket.close'
  | 'websocket.connect'
  | 'websocket.auth.success'
  | 'websocket.auth.failure'
  | 'server.start'
  | 'server.stop'
  | 'response'
  | 'auth.login'
  | 'files.upload'
  | 'extensions.load'
  | 'extensions.unload'
  | 'extensions.reload'
  | 'extensions.installed'
  | 'extensions.uninstalled'
  | ItemsEventName;

/**
 * Any hook event name. The open `${string}.${string}` member admits system-collection events such as
 * `users.create` and events added by extensions while keeping the known names autocompleting.
 */
export type EventName = FilterEventName | ActionEventName | (`${string}.${string}` & {});
