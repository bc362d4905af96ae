/** The messages every signal shares: Resource and InstrumentationScope. */
import { newResource, newScope, type InstrumentationScope, type Resource } from '../../../core/model.js';
import { ATTRIBUTES } from './any-value.js';
import { message } from './message.js';
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
