from ninja import Router

router = Router(tags=["goals and meetings"])
