// Route meta used by the guard, the left menu and the breadcrumb.
import type { Component } from 'vue'
import type { Role } from '@/lib/labels'

declare module 'vue-router' {
  interface RouteMeta {
    /** Page title (Chinese); shown in the breadcrumb, the menu and document.title. */
    title?: string
    /** Needs a signed-in user. */
    auth?: boolean
    /** Roles that may open the page (any of them); absent = every signed-in user. */
    roles?: Role[]
    /** Menu group title (see MENU_GROUPS); absent = not in the menu. */
    group?: string
    /** Element Plus icon component for the menu. */
    icon?: Component
    /** Order inside the group (smaller first). */
    order?: number
    /** Public page: wide layout disabled, readable on a phone. */
    public?: boolean
  }
}

export {}
