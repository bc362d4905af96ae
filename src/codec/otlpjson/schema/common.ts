/** The messages every signal shares: Resource, InstrumentationScope and the envelope around its items. */
import { newResource, newScope, type InstrumentationScope, type Resource } from '../../../core/model.js';
import { ATTRIBUTES } from './any-value.js';
import { listOf, message, type FieldType } from './message.js';
import { STRING, UINT32 } from './scalars.js';

export const RESOURCE = message<Resource>({
  create: newResource,
  nullable: true,
  fields: { attributes: ATTRIBUTES, droppedAttributesCount: UINT32 },
});

export const SCOPE = message<InstrumentationScope>({
  create: newScope,
  nullable: true,
  fields: { name: STRING, version: STRING, attributes: ATTRIBUTES, droppedAttributesCount: UINT32 },
});

type ScopeOf<IK extends string, I> = { scope: InstrumentationScope; schemaUrl: string } & { [K in IK]: I[] };
type ResourceOf<SK extends string, S> = { resource: Resource; schemaUrl: string } & { [K in SK]: S[] };
type DataOf<RK extends string, R> = { [K in RK]: R[] };

/**
 * A signal's data — `{resourceX: [{resource, scopeX: [{scope, items: […], schemaUrl}], schemaUrl}]}`,
 * the same envelope for every signal — from the names of its three lists and its items' type.
 */
export function signalData<RK extends string, SK extends string, IK extends string, I>(
  resourcesKey: RK,
  scopesKey: SK,
  itemsKey: IK,
  item: FieldType<I>,
): FieldType<DataOf<RK, ResourceOf<SK, ScopeOf<IK, I>>>> {
  type Envelope = Record<string, unknown>;
  const scopes = listOf(
    message<Envelope>({
      create: () => ({ scope: newScope(), [itemsKey]: [], schemaUrl: '' }),
      fields: { scope: SCOPE, [itemsKey]: listOf(item), schemaUrl: STRING },
    }),
  );
  const resources = listOf(
    message<Envelope>({
      create: () => ({ resource: newResource(), [scopesKey]: [], schemaUrl: '' }),
      fields: { resource: RESOURCE, [scopesKey]: scopes, schemaUrl: STRING },
    }),
  );
  type Data = DataOf<RK, ResourceOf<SK, ScopeOf<IK, I>>>;
  return {
    text: (r) => ({ [resourcesKey]: resources.text(r) }) as Data,
    tree: (x) => ({ [resourcesKey]: resources.tree(x) }) as Data,
  };
}
